package dev.genuine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code genuine evidence}: the hash-chained evidence records. */
@Command(name = "evidence", description = "Evidence records: show a listing's history, verify the chain, export.",
        subcommands = {EvidenceShowCommand.class, EvidenceVerifyCommand.class, EvidenceExportCommand.class})
public final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BaseCommand.EXIT_USAGE;
    }
}
