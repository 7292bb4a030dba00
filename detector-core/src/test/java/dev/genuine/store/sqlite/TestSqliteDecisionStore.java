package dev.genuine.store.sqlite;

import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.score.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSqliteDecisionStore {
    @TempDir
    Path home;

    static Decision decision(String id, DecisionKind kind, double score) {
        return new Decision(id, kind, score, List.of(new Reason("word-mark", "m", "rh", "Velmora", "title", score)), "rh",
                "hash", 1, "transparent/1", "p1", Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void keepsHistoryAndStreamsTheLatestInIdOrderAcrossPages() {
        try (SqliteStore s = SqliteStore.open(home)) {
            int n = SqliteDecisionStore.PAGE + 7;
            s.decisions().saveAll(IntStream.range(0, n).mapToObj(i -> decision(String.format("L-%05d", n - i), DecisionKind.ALLOW, 0.1)).toList());
            s.decisions().saveAll(List.of(decision("L-00003", DecisionKind.TAKEDOWN, 0.9)));
            assertEquals(DecisionKind.TAKEDOWN, s.decisions().latest("L-00003").orElseThrow().kind());
            assertEquals(List.of(DecisionKind.ALLOW, DecisionKind.TAKEDOWN),
                    s.decisions().history("L-00003").stream().map(Decision::kind).toList());
            assertEquals(decision("L-00003", DecisionKind.TAKEDOWN, 0.9), s.decisions().latest("L-00003").orElseThrow());
            List<String> ids = new ArrayList<>();
            s.decisions().forEachLatest(d -> ids.add(d.listingId()));
            assertEquals(n, ids.size());
            assertEquals(ids.stream().sorted().toList(), ids);
            assertTrue(s.decisions().latest("L-none").isEmpty());
        }
    }

    @Test
    void findsTheNewestDecisionOfGivenScorers() {
        try (SqliteStore s = SqliteStore.open(home)) {
            Decision scan = decision("L-1", DecisionKind.REVIEW, 0.6);
            Decision person = new Decision("L-1", DecisionKind.TAKEDOWN, 0.6, List.of(), "rh", "hash", 1, "moderator", "p1", scan.decidedAt());
            s.decisions().saveAll(List.of(scan, person, decision("L-1", DecisionKind.REVIEW, 0.61)));
            assertEquals(person, s.decisions().latestBy("L-1", List.of("moderator", "appeal")).orElseThrow());
            assertTrue(s.decisions().latestBy("L-1", List.of("appeal")).isEmpty());
            assertTrue(s.decisions().latestBy("L-2", List.of("moderator")).isEmpty());
        }
    }
}
