package dev.genuine.cli;

import dev.genuine.enforcement.AppealOutcome;
import dev.genuine.enforcement.Appeals;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code genuine appeal decide ID}: a moderator upholds (overturns the takedown) or rejects an appeal. */
@Command(name = "decide", description = "Upholds an appeal (the takedown is overturned) or rejects it.")
public final class AppealDecideCommand extends BaseCommand {
    /** Exactly one of --uphold and --reject. */
    static final class Outcome {
        @Option(names = "--uphold", required = true, description = "the takedown was wrong: overturn it")
        boolean uphold;

        @Option(names = "--reject", required = true, description = "the takedown stands")
        boolean reject;
    }

    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "ID", description = "the appeal's id")
    long id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    @Option(names = "--moderator", paramLabel = "NAME", required = true, description = "who decides")
    String moderator;

    @Option(names = "--note", paramLabel = "TEXT", description = "why, for the record")
    String note;

    @Override
    protected int run() {
        if (moderator.isBlank()) throw new ExitException(EXIT_USAGE, "--moderator must not be blank");
        try (GenuineStore store = Stores.open(home.path())) {
            if (store.appeals().get(id).isEmpty()) throw new ExitException(EXIT_FAILED, "no appeal " + id);
            AppealOutcome result = Homes.appeals(store, home).decide(id, moderator, outcome.uphold, note);
            if (format.json()) {
                out().println(Json.line(result));
                return EXIT_OK;
            }
            out().printf("appeal %d %s by %s (evidence #%d)%s%n", id, result.appeal().status(), moderator, result.record().seq(),
                    outcome.uphold ? ": the takedown of " + result.appeal().listingId() + " is overturned" : "");
            var m = result.merchant();
            out().printf("merchant %s: %d strike%s%s%n", m.merchantId(), m.strikes(), m.strikes() == 1 ? "" : "s",
                    m.suspended() ? ", suspended" : "");
            return EXIT_OK;
        }
    }
}
