package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine appeal}: merchants' appeals against takedowns. */
@Command(name = "appeal", description = "Merchants' appeals against takedowns: file, list and decide.",
        subcommands = {AppealFileCommand.class, AppealListCommand.class, AppealDecideCommand.class})
public final class AppealCommand extends ParentCommand {
}
