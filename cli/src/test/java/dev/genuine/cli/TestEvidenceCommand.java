package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.DecisionKind;
import dev.genuine.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEvidenceCommand {
    @TempDir
    Path home;

    @Test
    void showsAListingsHistoryWithScoresAndReasons() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        CommandRun.run(home, "queue", "decide", "1", "--verdict", "takedown", "--moderator", "ana", "--note", "fake tag");
        CommandRun r = CommandRun.run(home, "evidence", "show", "L-1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("L-1: 2 evidence records"), r.out());
        assertTrue(r.out().contains("decision            review    0.600"), r.out());
        assertTrue(r.out().contains("0.55 word-mark: title contains 'Velmora'"), r.out());
        assertTrue(r.out().contains("moderator-verdict   takedown"), r.out());
        assertTrue(r.out().contains("by ana, \"fake tag\""), r.out());
        assertEquals(1, CommandRun.run(home, "evidence", "show", "L-404").status());
    }

    @Test
    void verifyNamesTheFirstTamperedRecord() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        CommandRun.scanned(home, "L-2", "m-1", DecisionKind.TAKEDOWN, 0.91);
        CommandRun.scanned(home, "L-3", "m-2", DecisionKind.REVIEW, 0.6);
        CommandRun ok = CommandRun.run(home, "evidence", "verify");
        assertEquals(0, ok.status(), ok.err());
        assertEquals("intact: 3 records\n", ok.out());
        try (SqliteStore store = SqliteStore.open(home)) {
            store.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER evidence_no_update");
                    return s.executeUpdate("UPDATE evidence SET body = replace(body, '0.91', '0.51') WHERE seq = 2");
                }
            });
        }
        CommandRun broken = CommandRun.run(home, "evidence", "verify");
        assertEquals(1, broken.status());
        assertTrue(broken.err().startsWith("genuine: evidence chain broken at record 2: hash mismatch"), broken.err());
    }

    @Test
    void exportsRecordsWithTheLinksThatVerifyThem() throws Exception {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        CommandRun.scanned(home, "L-2", "m-1", DecisionKind.REVIEW, 0.6);
        Path file = home.resolve("L-1.json");
        CommandRun r = CommandRun.run(home, "evidence", "export", "L-1", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode export = CanonicalJson.MAPPER.readTree(Files.readString(file));
        assertEquals("L-1", export.get("listingId").asText());
        JsonNode record = export.get("records").get(0);
        assertEquals("0".repeat(64), record.get("prevHash").asText());
        assertEquals(record.get("hash").asText(), export.get("links").get(0).get("nextPrevHash").asText());
        assertTrue(export.get("chain").get("firstBrokenSeq").isNull());
    }
}
