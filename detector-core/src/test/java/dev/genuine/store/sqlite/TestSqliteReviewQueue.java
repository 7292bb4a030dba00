package dev.genuine.store.sqlite;

import dev.genuine.store.ReviewItem;
import dev.genuine.store.ReviewQueue;
import dev.genuine.store.ReviewQueueTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestSqliteReviewQueue extends ReviewQueueTestBase {
    @TempDir
    Path home;
    private SqliteStore store;

    @Override
    protected ReviewQueue queue() {
        store = SqliteStore.open(home);
        return store.reviewQueue();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** Two moderators on two connections (two processes) claiming at once never get the same item. */
    @Test
    void concurrentClaimsFromTwoConnectionsNeverShareAnItem() throws Exception {
        ReviewQueue q = queue();
        int items = 40;
        for (int i = 0; i < items; i++) q.enqueue("L-" + i, i, i / 100.0, null);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SqliteStore other = SqliteStore.open(home)) {
            List<Future<?>> runs = new ArrayList<>();
            for (ReviewQueue moderatorQueue : List.of(q, other.reviewQueue())) {
                String moderator = moderatorQueue == q ? "ana" : "budi";
                runs.add(pool.submit(() -> {
                    for (Optional<ReviewItem> next; (next = moderatorQueue.claimNext(moderator)).isPresent(); ) {
                        claimed.add(next.get().id());
                        moderatorQueue.resolve(next.get().id(), moderator, "allow", null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(items, claimed.size());
        assertEquals(items, new HashSet<>(claimed).size());
    }
}
