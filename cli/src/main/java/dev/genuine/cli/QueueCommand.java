package dev.genuine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code genuine queue}: the moderators' review queue. */
@Command(name = "queue", description = "The moderators' review queue: list, show, claim and decide items.",
        subcommands = {QueueListCommand.class, QueueShowCommand.class, QueueClaimCommand.class, QueueDecideCommand.class})
public final class QueueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BaseCommand.EXIT_USAGE;
    }
}
