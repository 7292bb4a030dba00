package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine queue}: the moderators' review queue. */
@Command(name = "queue", description = "The moderators' review queue: list, show, claim and decide items.",
        subcommands = {QueueListCommand.class, QueueShowCommand.class, QueueClaimCommand.class, QueueDecideCommand.class})
public final class QueueCommand extends ParentCommand {
}
