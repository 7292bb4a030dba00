package dev.genuine.cli;

import dev.genuine.search.ListingSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** {@code genuine search WORDS...}: listings whose text holds every word, disguised spellings folded. */
@Command(name = "search", description = "Search the ingested listings' text (lookalike letters and accents folded).")
final class SearchCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "WORD")
    List<String> words;

    @Option(names = "--merchant", paramLabel = "M", description = "only this merchant's listings")
    String merchant;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N listings (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        try (ListingSearchIndex index = ListingSearchIndex.open(home.path())) {
            List<ListingSearchIndex.Hit> hits = index.search(String.join(" ", words), merchant, limit);
            if (format.json()) {
                hits.forEach(h -> out().println(Json.line(h)));
            } else if (hits.isEmpty()) {
                out().println("no listing matches");
            } else {
                var table = new TextTable(List.of("LISTING", "MERCHANT", "SCORE", "TITLE"), 12, 20, 6, 90);
                hits.forEach(h -> table.row(h.listingId(), h.merchantId(), String.format(Locale.ROOT, "%.2f", h.score()), h.title()));
                table.print(out());
            }
            return EXIT_OK;
        }
    }
}
