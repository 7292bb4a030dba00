package dev.genuine.ingest.feed;

import dev.genuine.store.UpsertSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * What ingesting one feed did: the reading summary (read, rejected with reasons), the store's counts (new,
 * changed, unchanged) and the images stored and failed (the first {@link FeedReader#MAX_KEPT_REJECTIONS}
 * failures kept with their listing ids; {@code imagesFailed} counts them all).
 */
public record IngestReport(FeedSummary feed, UpsertSummary upserts, long imagesStored, long imagesFailed,
                           List<ImageFailure> imageFailures) {
    public IngestReport {
        imageFailures = List.copyOf(imageFailures);
    }

    /** The summary line, e.g. {@code feed.jsonl: 1200 read, 5 new, 3 changed, 1190 unchanged, 2 rejected; images: 2398 stored, 2 failed}. */
    public String line() {
        return feed.file() + ": " + feed.read() + " read, " + upserts.added() + " new, " + upserts.changed() + " changed, "
                + upserts.unchanged() + " unchanged, " + feed.rejected() + " rejected; images: " + imagesStored
                + " stored, " + imagesFailed + " failed";
    }

    /** Every kept rejected line and image failure, ready to print. */
    public List<String> messages() {
        List<String> out = new ArrayList<>(feed.messages());
        imageFailures.forEach(f -> out.add(f.message()));
        return out;
    }
}
