package dev.genuine.ingest.feed;

/** A feed that cannot be read at all (missing file, unknown format, CSV header without a required column). */
public final class FeedException extends Exception {
    public FeedException(String message) {
        super(message, null, false, false);
    }
}
