package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine merchant}: merchants' standing (strikes and suspension). */
@Command(name = "merchant", description = "Merchants' strikes and suspensions.", subcommands = {MerchantShowCommand.class})
public final class MerchantCommand extends ParentCommand {
}
