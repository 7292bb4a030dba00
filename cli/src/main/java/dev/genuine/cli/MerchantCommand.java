package dev.genuine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code genuine merchant}: merchants' standing (strikes and suspension). */
@Command(name = "merchant", description = "Merchants' strikes and suspensions.", subcommands = {MerchantShowCommand.class})
public final class MerchantCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BaseCommand.EXIT_USAGE;
    }
}
