package dev.genuine.cli;

import dev.genuine.ingest.feed.FeedException;
import dev.genuine.ingest.feed.IngestReport;
import dev.genuine.ingest.feed.Ingestor;
import dev.genuine.search.IndexingListingStore;
import dev.genuine.search.ListingSearchIndex;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code genuine ingest FILE...}: streams listing feeds (JSON Lines or CSV) into the store with their images.
 * Bad lines are reported and skipped; a feed that cannot be read at all fails the command after the others ran.
 */
@Command(name = "ingest", description = "Ingest listing feeds (JSON Lines or CSV, optionally gzipped).")
final class IngestCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "listing feeds: .jsonl, .ndjson, .csv (or .gz of them)")
    List<Path> feeds;

    @Override
    protected int run() {
        int unreadable = 0;
        try (GenuineStore store = Homes.open(home); ListingSearchIndex index = ListingSearchIndex.open(home.path())) {
            Ingestor ingestor = new Ingestor(new IndexingListingStore(store.listings(), index), store.images());
            for (Path feed : feeds) {
                Terminal.Progress progress = Terminal.progress(err(), feed.getFileName() + ": lines read");
                try {
                    IngestReport report = ingestor.ingest(feed, n -> progress.update(n, 0));
                    progress.done();
                    report.messages().forEach(err()::println);
                    out().println(report.line());
                } catch (FeedException e) {
                    progress.done();
                    err().println(e.getMessage());
                    unreadable++;
                }
            }
        }
        if (unreadable > 0) throw new ExitException(EXIT_FAILED, unreadable + " feed(s) could not be read");
        return EXIT_OK;
    }
}
