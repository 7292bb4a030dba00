package dev.genuine.store;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviour every ListingStore implementation must show; each backend's test inherits it. */
public abstract class ListingStoreTestBase {
    /** A fresh, empty store. */
    protected abstract ListingStore listings();

    protected static Listing listing(String id, String title) {
        return new Listing(id, "m-1", title, "desc", new Money(150000, "idr"), "shoes", List.of("img/a.jpg"),
                List.of("bagus"), Instant.parse("2026-11-20T10:00:00Z"), List.of());
    }

    @Test
    void classifiesNewChangedAndUnchanged() {
        ListingStore s = listings();
        assertEquals(new UpsertSummary(2, 0, 0), s.upsert(List.of(listing("L-1", "a"), listing("L-2", "b"))));
        s.markScanned(List.of("L-1", "L-2"));
        Listing resent = new Listing("L-1", "m-1", "a", "desc", new Money(150000, "IDR"), "shoes", List.of("img/a.jpg"),
                List.of("bagus"), Instant.parse("2026-11-21T00:00:00Z"), List.of());
        assertEquals(new UpsertSummary(1, 1, 1), s.upsert(List.of(resent, listing("L-2", "changed"), listing("L-3", "c"))));
        assertEquals(3, s.count());
        assertEquals(2, s.pendingCount(), "the unchanged re-send is not marked for rescan");
        assertEquals("changed", s.get("L-2").orElseThrow().title());
        assertEquals(listing("L-3", "c"), s.get("L-3").orElseThrow());
        assertTrue(s.get("L-4").isEmpty());
    }

    @Test
    void aLaterRowOfTheSameBatchWins() {
        ListingStore s = listings();
        assertEquals(new UpsertSummary(1, 1, 0), s.upsert(List.of(listing("L-1", "first"), listing("L-1", "second"))));
        assertEquals("second", s.get("L-1").orElseThrow().title());
        assertEquals(1, s.count());
    }

    @Test
    void pagesPendingListingsInIdOrder() {
        ListingStore s = listings();
        List<Listing> batch = IntStream.range(0, 500).mapToObj(i -> listing(String.format("L-%04d", 499 - i), "t" + i)).toList();
        assertEquals(new UpsertSummary(500, 0, 0), s.upsert(batch));
        s.markScanned(List.of("L-0000", "L-0001", "L-0499"));
        List<Integer> pageSizes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        s.forEachPending(false, 100, page -> {
            pageSizes.add(page.size());
            page.forEach(l -> seen.add(l.id()));
            s.markScanned(page.stream().map(Listing::id).toList());
        });
        assertEquals(497, seen.size());
        assertEquals("L-0002", seen.get(0));
        assertEquals(seen.stream().sorted().toList(), seen);
        assertTrue(pageSizes.stream().allMatch(n -> n <= 100));
        assertEquals(0, s.pendingCount());
        List<String> all = new ArrayList<>();
        s.forEachPending(true, 64, page -> page.forEach(l -> all.add(l.id())));
        assertEquals(500, all.size());
    }
}
