package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine evidence}: the hash-chained evidence records. */
@Command(name = "evidence", description = "Evidence records: show a listing's history, verify the chain, export.",
        subcommands = {EvidenceShowCommand.class, EvidenceVerifyCommand.class, EvidenceExportCommand.class})
public final class EvidenceCommand extends ParentCommand {
}
