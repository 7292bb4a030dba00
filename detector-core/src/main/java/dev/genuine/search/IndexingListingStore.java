package dev.genuine.search;

import dev.genuine.domain.Listing;
import dev.genuine.store.ListingStore;
import dev.genuine.store.UpsertSummary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A listing store that also keeps the search index up to date with every batch it stores. */
public final class IndexingListingStore implements ListingStore {
    private final ListingStore store;
    private final ListingSearchIndex index;

    public IndexingListingStore(ListingStore store, ListingSearchIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public UpsertSummary upsert(List<Listing> batch) {
        UpsertSummary summary = store.upsert(batch);
        index.index(batch);
        return summary;
    }

    @Override
    public Optional<Listing> get(String id) {
        return store.get(id);
    }

    @Override
    public void forEachPending(boolean all, int batchSize, Consumer<List<Listing>> batchConsumer) {
        store.forEachPending(all, batchSize, batchConsumer);
    }

    @Override
    public void markScanned(Collection<String> ids) {
        store.markScanned(ids);
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public long pendingCount() {
        return store.pendingCount();
    }
}
