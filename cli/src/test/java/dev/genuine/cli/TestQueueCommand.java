package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.DecisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestQueueCommand {
    @TempDir
    Path home;

    @Test
    void listsOpenItemsHighestScoreFirst() throws Exception {
        assertEquals("no open review items\n", CommandRun.run(home, "queue", "list").out());
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.REVIEW, 0.55);
        CommandRun.scanned(home, "L-2", "m-2", DecisionKind.REVIEW, 0.72);
        CommandRun text = CommandRun.run(home, "queue", "list");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().indexOf("L-2") < text.out().indexOf("L-1"), text.out());
        JsonNode json = CanonicalJson.MAPPER.readTree(CommandRun.run(home, "queue", "list", "--format", "json", "--limit", "1").out());
        assertEquals(1, json.size());
        assertEquals("L-2", json.get(0).get("listingId").asText());
    }

    @Test
    void claimShowsTheReasonsFromTheEvidence() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        CommandRun claim = CommandRun.run(home, "queue", "claim", "--moderator", "ana");
        assertEquals(0, claim.status(), claim.err());
        assertTrue(claim.out().contains("claimed by ana"), claim.out());
        assertTrue(claim.out().contains("title contains 'Velmora'"), claim.out());
        assertTrue(claim.out().contains("0.55  word-mark"), claim.out());
        assertEquals("the review queue is empty\n", CommandRun.run(home, "queue", "claim", "--moderator", "budi").out());
    }

    @Test
    void decideRecordsTheVerdictOnce() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        CommandRun bad = CommandRun.run(home, "queue", "decide", "1", "--verdict", "maybe", "--moderator", "ana");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--verdict must be takedown or allow"), bad.err());
        CommandRun ok = CommandRun.run(home, "queue", "decide", "1", "--verdict", "takedown", "--moderator", "ana", "--note", "copied logo");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("takedown by ana, evidence #2"), ok.out());
        assertTrue(ok.out().contains("merchant m-1: 1 strike"), ok.out());
        CommandRun again = CommandRun.run(home, "queue", "decide", "1", "--verdict", "allow", "--moderator", "ana");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already resolved"), again.err());
        CommandRun show = CommandRun.run(home, "queue", "show", "1");
        assertTrue(show.out().contains("verdict:  takedown (copied logo)"), show.out());
    }

    @Test
    void reportsMissingItemsAndUsage() {
        CommandRun missing = CommandRun.run(home, "queue", "show", "42");
        assertEquals(1, missing.status());
        assertEquals("genuine: no review item 42\n", missing.err());
        assertEquals(2, CommandRun.run(home, "queue", "list", "--status", "pending").status());
        assertEquals(2, CommandRun.run(home, "queue", "claim").status());
    }
}
