package dev.genuine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code genuine appeal}: merchants' appeals against takedowns. */
@Command(name = "appeal", description = "Merchants' appeals against takedowns: file, list and decide.",
        subcommands = {AppealFileCommand.class, AppealListCommand.class, AppealDecideCommand.class})
public final class AppealCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BaseCommand.EXIT_USAGE;
    }
}
