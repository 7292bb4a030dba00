package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine decisions ...}: the decisions made by scans. */
@Command(name = "decisions", description = "Export the decisions made by scans.", subcommands = {DecisionsExportCommand.class})
final class DecisionsCommand extends ParentCommand {
}
