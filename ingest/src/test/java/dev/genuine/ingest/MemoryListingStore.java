package dev.genuine.ingest;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.store.ListingStore;
import dev.genuine.store.UpsertSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** An in-memory {@link ListingStore} for tests: new, changed and unchanged told apart by {@link ListingHash}. */
public final class MemoryListingStore implements ListingStore {
    private final Map<String, Listing> listings = new TreeMap<>();
    private final Map<String, String> hashes = new TreeMap<>();
    private final List<Integer> batchSizes = new ArrayList<>();

    @Override
    public synchronized UpsertSummary upsert(List<Listing> batch) {
        batchSizes.add(batch.size());
        int added = 0, changed = 0, unchanged = 0;
        for (Listing l : batch) {
            String hash = ListingHash.of(l);
            String old = hashes.put(l.id(), hash);
            listings.put(l.id(), l);
            if (old == null) added++;
            else if (old.equals(hash)) unchanged++;
            else changed++;
        }
        return new UpsertSummary(added, changed, unchanged);
    }

    @Override
    public synchronized Optional<Listing> get(String id) {
        return Optional.ofNullable(listings.get(id));
    }

    @Override
    public void forEachPending(boolean all, int batchSize, Consumer<List<Listing>> batchConsumer) {
        throw new UnsupportedOperationException("not used by ingest");
    }

    @Override
    public void markScanned(Collection<String> ids) {
        throw new UnsupportedOperationException("not used by ingest");
    }

    @Override
    public synchronized long count() {
        return listings.size();
    }

    @Override
    public long pendingCount() {
        throw new UnsupportedOperationException("not used by ingest");
    }

    /** The size of every upserted batch, in order. */
    public synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }
}
