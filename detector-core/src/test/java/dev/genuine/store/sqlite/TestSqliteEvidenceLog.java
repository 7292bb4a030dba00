package dev.genuine.store.sqlite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.evidence.ChainVerification;
import dev.genuine.evidence.EvidenceChain;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.evidence.EvidenceLog;
import dev.genuine.evidence.EvidenceLogTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSqliteEvidenceLog extends EvidenceLogTestBase {
    private static final int RECORDS = 4;

    @TempDir
    Path home;
    private SqliteStore store;

    @Override
    protected EvidenceLog log() {
        store = SqliteStore.open(home);
        return store.evidence();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** Every column of the evidence table, changed in a way an editor plausibly would. */
    static Stream<Arguments> edits() {
        List<String> edits = List.of(
                "body = '{\"score\":0.1}'",
                "body = replace(body, 'score', 'Score')",
                "type = 'allow'",
                "listing_id = 'L-other'",
                "listing_id = NULL",
                "recorded_at = '2020-01-01T00:00:00Z'",
                "prev_hash = '" + "1".repeat(64) + "'",
                "hash = '" + "2".repeat(64) + "'",
                "seq = seq + 100",
                "body = 'not json'");
        return edits.stream().flatMap(e -> IntStream.rangeClosed(1, RECORDS).mapToObj(seq -> Arguments.of(e, seq)));
    }

    @ParameterizedTest(name = "{0} on record {1}")
    @MethodSource("edits")
    void detectsAnEditOfAnyFieldOfAnyRecord(String edit, int seq) throws Exception {
        EvidenceLog log = filled();
        sql("UPDATE evidence SET " + edit + " WHERE seq = " + seq);
        ChainVerification v = log.verify();
        assertFalse(v.intact(), edit + " on " + seq + " went unnoticed");
        assertEquals(seq, v.firstBrokenSeq(), v.problem());
    }

    @ParameterizedTest(name = "deleting record {0}")
    @MethodSource("seqs")
    void detectsADeletedRecord(int seq) throws Exception {
        EvidenceLog log = filled();
        sql("DELETE FROM evidence WHERE seq = " + seq);
        ChainVerification v = log.verify();
        assertFalse(v.intact());
        assertEquals(seq, v.firstBrokenSeq(), v.problem());
        assertTrue(v.problem().contains("missing"), v.problem());
    }

    static IntStream seqs() {
        return IntStream.rangeClosed(1, RECORDS);
    }

    @Test
    void namesTheKindOfBreak() throws Exception {
        EvidenceLog log = filled();
        sql("UPDATE evidence SET body = '{\"score\":0.1}' WHERE seq = 3");
        assertTrue(log.verify().problem().startsWith("hash mismatch"));
        sql("UPDATE evidence SET prev_hash = '" + "1".repeat(64) + "' WHERE seq = 2");
        ChainVerification v = log.verify();
        assertEquals(2L, v.firstBrokenSeq());
        assertTrue(v.problem().startsWith("prevHash link broken"), v.problem());
    }

    @Test
    void refusesUpdatesWhileItsTriggersStand() {
        EvidenceLog log = log();
        log.append(List.of(entry("decision", "L-1", Map.of("a", 1))));
        assertThrows(RuntimeException.class, () -> store.database().write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE evidence SET type = 'x'");
            }
        }));
        assertTrue(log.verify().intact());
    }

    private EvidenceLog filled() {
        EvidenceLog log = log();
        for (int i = 1; i <= RECORDS; i++) {
            log.append(List.of(entry(i % 2 == 0 ? "moderator-verdict" : "decision", "L-" + i, Map.of("score", i / 10.0, "n", i))));
        }
        assertTrue(log.verify().intact());
        return log;
    }

    /** Edits the table as someone with the database file could: triggers dropped first. */
    private void sql(String statement) {
        store.database().write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS evidence_no_update");
                s.execute("DROP TRIGGER IF EXISTS evidence_no_delete");
                return s.executeUpdate(statement);
            }
        });
    }

    /** A record appended behind the log's back, hashes and all, is past the chain head the log keeps. */
    @Test
    void detectsARecordForgedOntoTheEnd() {
        EvidenceLog log = filled();
        EvidenceRecord last = log.get(RECORDS).orElseThrow();
        JsonNode body = CanonicalJson.toTree(Map.of("verdict", "allow"));
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        String hash = EvidenceChain.hash(last.hash(), RECORDS + 1, "moderator-verdict", "L-1", at, body);
        sql("INSERT INTO evidence (seq, type, listing_id, recorded_at, body, prev_hash, hash) VALUES (" + (RECORDS + 1)
                + ", 'moderator-verdict', 'L-1', '" + at + "', '" + CanonicalJson.write(body) + "', '" + last.hash() + "', '" + hash + "')");
        ChainVerification v = log.verify();
        assertEquals(RECORDS + 1L, v.firstBrokenSeq(), v.problem());
        assertTrue(v.problem().contains("past the chain head"), v.problem());
    }
}
