package dev.genuine.cli;

import dev.genuine.enforcement.Moderation;
import dev.genuine.enforcement.Verdict;
import dev.genuine.enforcement.VerdictOutcome;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code genuine queue decide ID}: a moderator's verdict, recorded in the evidence chain. */
@Command(name = "decide", description = "Records a moderator's verdict (takedown or allow) on a review item.")
public final class QueueDecideCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "ID", description = "the review item's id")
    long id;

    @Option(names = "--verdict", paramLabel = "VERDICT", required = true, description = "takedown or allow")
    String verdict;

    @Option(names = "--moderator", paramLabel = "NAME", required = true, description = "who decides")
    String moderator;

    @Option(names = "--note", paramLabel = "TEXT", description = "why, for the record")
    String note;

    @Override
    protected int run() {
        Verdict v;
        try {
            v = Verdict.fromWire(verdict);
        } catch (IllegalArgumentException e) {
            throw new ExitException(EXIT_USAGE, "--verdict must be takedown or allow, not '" + verdict + "'");
        }
        if (moderator.isBlank()) throw new ExitException(EXIT_USAGE, "--moderator must not be blank");
        try (GenuineStore store = Stores.open(home.path())) {
            if (store.reviewQueue().get(id).isEmpty()) throw new ExitException(EXIT_FAILED, "no review item " + id);
            VerdictOutcome outcome = Homes.moderation(store, home).decide(id, moderator, v, note);
            if (format.json()) {
                out().println(Json.line(outcome));
                return EXIT_OK;
            }
            out().printf("review item %d (%s): %s by %s, evidence #%d%n", id, outcome.item().listingId(), v.wireName(),
                    moderator, outcome.record().seq());
            var m = outcome.merchant();
            out().printf("merchant %s: %d strike%s%s%n", m.merchantId(), m.strikes(), m.strikes() == 1 ? "" : "s",
                    m.suspended() ? ", suspended" : "");
            return EXIT_OK;
        }
    }
}
