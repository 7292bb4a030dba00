package dev.genuine.store;

/** What an ingest batch did: new listings, changed ones (content hash differs), unchanged re-sends. */
public record UpsertSummary(int added, int changed, int unchanged) {
    public UpsertSummary plus(UpsertSummary o) {
        return new UpsertSummary(added + o.added, changed + o.changed, unchanged + o.unchanged);
    }

    public static final UpsertSummary NONE = new UpsertSummary(0, 0, 0);
}
