package dev.genuine.store;

import dev.genuine.domain.Listing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The listings ingested from feeds, each with its content hash and whether it waits for a scan. */
public interface ListingStore {
    /** Inserts or replaces listings in one transaction; a changed or new listing is marked for scanning. */
    UpsertSummary upsert(List<Listing> batch);

    Optional<Listing> get(String id);

    /**
     * Streams the listings waiting for a scan (every listing when {@code all}) in id order, in batches, so a
     * scan never holds the whole store in memory.
     */
    void forEachPending(boolean all, int batchSize, Consumer<List<Listing>> batchConsumer);

    /** Clears the pending mark of listings whose decision has been stored. */
    void markScanned(Collection<String> ids);

    long count();

    long pendingCount();
}
