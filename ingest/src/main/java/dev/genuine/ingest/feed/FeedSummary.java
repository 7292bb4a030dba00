package dev.genuine.ingest.feed;

import dev.genuine.ingest.Problem;

import java.util.List;

/**
 * What reading one feed did: records read (blank lines not counted), accepted and rejected, with the rejections
 * (the first {@link FeedReader#MAX_KEPT_REJECTIONS}; {@code rejected} counts them all).
 */
public record FeedSummary(String file, long read, long accepted, long rejected, List<Problem> rejections) {
    public FeedSummary {
        rejections = List.copyOf(rejections);
    }

    /** Every kept rejection as a printable line, e.g. {@code feed.jsonl:17: price.amount: must be a number}. */
    public List<String> messages() {
        return rejections.stream().map(Problem::text).toList();
    }

    /** e.g. {@code feed.jsonl: 1200 read, 1198 accepted, 2 rejected}. */
    public String line() {
        return file + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
    }
}
