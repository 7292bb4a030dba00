package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TestEvidenceChain {
    private static final Instant AT = Instant.parse("2026-11-24T08:00:00.123456Z");

    /** The assembled form must be exactly the canonical JSON of the five fields, as the record's Javadoc defines. */
    @Test
    void canonicalFormIsTheCanonicalJsonOfTheFields() {
        JsonNode body = CanonicalJson.toTree(Map.of("z", 1, "a", List.of("x\"y", "é\u200b"), "n", 0.97));
        for (String listingId : new String[] {"L-\"1\"\\", null}) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("seq", 7L);
            fields.put("type", "moderator-verdict");
            fields.put("listingId", listingId);
            fields.put("recordedAt", AT.toString());
            fields.put("body", body);
            assertEquals(CanonicalJson.write(fields), EvidenceChain.canonical(7, "moderator-verdict", listingId, AT, CanonicalJson.write(body)));
        }
    }

    @Test
    void hashCoversThePreviousHashAndEveryField() {
        JsonNode body = CanonicalJson.toTree(Map.of("score", 0.9));
        String h = EvidenceChain.hash(EvidenceChain.GENESIS, 1, "decision", "L-1", AT, body);
        assertEquals(CanonicalJson.sha256Hex(EvidenceChain.GENESIS + EvidenceChain.canonical(1, "decision", "L-1", AT, CanonicalJson.write(body))), h);
        assertNotEquals(h, EvidenceChain.hash("1".repeat(64), 1, "decision", "L-1", AT, body));
        assertNotEquals(h, EvidenceChain.hash(EvidenceChain.GENESIS, 2, "decision", "L-1", AT, body));
        assertNotEquals(h, EvidenceChain.hash(EvidenceChain.GENESIS, 1, "decision", null, AT, body));
        assertNotEquals(h, EvidenceChain.hash(EvidenceChain.GENESIS, 1, "decision", "L-1", AT.plusNanos(1000), body));
    }
}
