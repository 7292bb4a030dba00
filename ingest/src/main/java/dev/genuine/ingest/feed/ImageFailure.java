package dev.genuine.ingest.feed;

/** A listing image that could not be stored: which feed, which listing, which reference, and why. */
public record ImageFailure(String file, String listingId, String source, String reason) {
    /** e.g. {@code feed.jsonl: listing L-000123: image img/a.jpg: truncated JPEG (...)}. */
    public String message() {
        return file + ": listing " + listingId + ": image " + source + ": " + reason;
    }
}
