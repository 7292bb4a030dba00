package dev.genuine.store.sqlite;

import dev.genuine.store.ListingStore;
import dev.genuine.store.ListingStoreTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestSqliteListingStore extends ListingStoreTestBase {
    @TempDir
    Path home;
    private SqliteStore store;

    @Override
    protected ListingStore listings() {
        store = SqliteStore.open(home);
        return store.listings();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    @Test
    void survivesReopening() {
        listings().upsert(List.of(listing("L-1", "kept")));
        store.close();
        store = SqliteStore.open(home);
        assertEquals("kept", store.listings().get("L-1").orElseThrow().title());
        assertEquals(1, store.listings().pendingCount());
    }
}
