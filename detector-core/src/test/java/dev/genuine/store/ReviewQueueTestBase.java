package dev.genuine.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviour every ReviewQueue implementation must show; each backend's test inherits it. */
public abstract class ReviewQueueTestBase {
    /** A fresh, empty queue. */
    protected abstract ReviewQueue queue();

    @Test
    void aRescanRefreshesTheOpenItemInsteadOfAddingOne() {
        ReviewQueue q = queue();
        long id = q.enqueue("L-1", 3, 0.55, "rh-a");
        assertEquals(id, q.enqueue("L-1", 9, 0.65, "rh-b"));
        ReviewItem item = q.get(id).orElseThrow();
        assertEquals(9, item.evidenceSeq());
        assertEquals(0.65, item.score());
        assertEquals("rh-b", item.rightsHolderId());
        assertEquals(1, q.list("open", 10).size());
    }

    @Test
    void listsOpenItemsByScoreAndHonoursTheLimit() {
        ReviewQueue q = queue();
        q.enqueue("L-1", 1, 0.5, null);
        q.enqueue("L-2", 2, 0.9, null);
        q.enqueue("L-3", 3, 0.7, null);
        assertEquals(List.of("L-2", "L-3"), q.list("open", 2).stream().map(ReviewItem::listingId).toList());
        assertThrows(IllegalArgumentException.class, () -> q.list("pending", 10));
    }

    @Test
    void resolvesOnceAndOnlyByTheClaimant() {
        ReviewQueue q = queue();
        long id = q.enqueue("L-1", 1, 0.6, null);
        assertEquals(id, q.claimNext("ana").orElseThrow().id());
        assertThrows(IllegalStateException.class, () -> q.resolve(id, "budi", "allow", null));
        assertThrows(IllegalArgumentException.class, () -> q.resolve(id, "ana", "maybe", null));
        ReviewItem done = q.resolve(id, "ana", "allow", "parody");
        assertEquals("resolved", done.status());
        assertEquals("allow", done.verdict());
        assertTrue(done.resolvedAt() != null);
        assertThrows(IllegalStateException.class, () -> q.resolve(id, "ana", "takedown", null));
        assertThrows(IllegalArgumentException.class, () -> q.resolve(99, "ana", "allow", null));
        long again = q.enqueue("L-1", 5, 0.6, null);
        assertTrue(again != id, "a resolved item is history; a new flag opens a new item");
    }

    @Test
    void withdrawingClosesTheOpenItemWithoutAVerdict() {
        ReviewQueue q = queue();
        long id = q.enqueue("L-1", 1, 0.6, null);
        q.withdraw("L-1");
        assertEquals("withdrawn", q.get(id).orElseThrow().status());
        assertTrue(q.claimNext("ana").isEmpty());
        assertThrows(IllegalStateException.class, () -> q.resolve(id, "ana", "allow", null));
    }
}
