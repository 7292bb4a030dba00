package dev.genuine.cli;

import picocli.CommandLine;

/**
 * The one list of top-level commands. A new command is one class here; picocli refuses duplicate names
 * at start-up.
 */
final class Commands {
    private Commands() {}

    static void register(CommandLine root) {
        root.addSubcommand(new RegistryCommand());
        root.addSubcommand(new IngestCommand());
        root.addSubcommand(new SearchCommand());
        root.addSubcommand(new ScanCommand());
        root.addSubcommand(new DecisionsCommand());
        root.addSubcommand(new DemoCommand());
        root.addSubcommand(new HashCommand());
        root.addSubcommand(new QueueCommand());
        root.addSubcommand(new AppealCommand());
        root.addSubcommand(new EvidenceCommand());
        root.addSubcommand(new MerchantCommand());
        root.addSubcommand(new ModelCommand());
    }
}
