package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** {@code genuine evidence show LISTING}: a listing's decisions and what people did about them, oldest first. */
@Command(name = "show", description = "Shows a listing's evidence history: decisions, verdicts, appeals.")
public final class EvidenceShowCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "LISTING", description = "the listing's id")
    String listingId;

    @Override
    protected int run() {
        try (GenuineStore store = Stores.open(home.path())) {
            List<EvidenceLine> lines = store.evidence().forListing(listingId).stream().map(EvidenceLine::of).toList();
            if (lines.isEmpty()) throw new ExitException(EXIT_FAILED, "no evidence records for listing " + listingId);
            if (format.json()) {
                out().println(Json.line(lines));
                return EXIT_OK;
            }
            out().printf("%s: %d evidence record%s%n", listingId, lines.size(), lines.size() == 1 ? "" : "s");
            for (EvidenceLine l : lines) {
                out().printf(Locale.ROOT, "#%-5d %s  %-19s %-9s %s %s%n", l.seq(), l.recordedAt().truncatedTo(ChronoUnit.SECONDS), l.type(),
                        l.decision() == null ? "" : l.decision(), l.score() == null ? "" : String.format(Locale.ROOT, "%.3f", l.score()),
                        l.summary());
                for (String r : l.reasons()) out().println("         " + r);
            }
            return EXIT_OK;
        }
    }
}
