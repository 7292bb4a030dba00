package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviour every EvidenceLog implementation must show; each backend's test inherits it. */
public abstract class EvidenceLogTestBase {
    /** A fresh, empty log. */
    protected abstract EvidenceLog log();

    protected static EvidenceEntry entry(String type, String listingId, Map<String, ?> body) {
        JsonNode node = CanonicalJson.toTree(body);
        return new EvidenceEntry(type, listingId, node);
    }

    @Test
    void chainsRecordsFromGenesis() {
        EvidenceLog log = log();
        List<EvidenceRecord> first = log.append(List.of(entry("decision", "L-1", Map.of("score", 0.91, "b", List.of(1, 2)))));
        List<EvidenceRecord> more = log.append(List.of(entry("decision", "L-2", Map.of("score", 0.5)),
                entry("moderator-verdict", "L-1", Map.of("verdict", "takedown", "note", "ü and 中"))));
        assertEquals(1, first.get(0).seq());
        assertEquals(EvidenceChain.GENESIS, first.get(0).prevHash());
        assertEquals(first.get(0).hash(), more.get(0).prevHash());
        assertEquals(more.get(0).hash(), more.get(1).prevHash());
        assertEquals(3, more.get(1).seq());
        EvidenceRecord r = more.get(1);
        assertEquals(EvidenceChain.hash(r.prevHash(), r.seq(), r.type(), r.listingId(), r.recordedAt(), r.body()), r.hash());
    }

    @Test
    void readsBackWhatWasAppended() {
        EvidenceLog log = log();
        List<EvidenceRecord> stored = log.append(List.of(entry("decision", "L-1", Map.of("score", 0.25)),
                entry("merchant-suspended", null, Map.of("merchantId", "m-9")), entry("decision", "L-1", Map.of("score", 0.75))));
        assertEquals(stored.get(1), log.get(2).orElseThrow());
        assertEquals(List.of(stored.get(0), stored.get(2)), log.forListing("L-1"));
        List<EvidenceRecord> all = new ArrayList<>();
        log.forEach(all::add);
        assertEquals(stored, all);
        assertTrue(log.get(4).isEmpty());
    }

    @Test
    void verifiesAnIntactChain() {
        EvidenceLog log = log();
        assertTrue(log.verify().intact());
        for (int i = 0; i < 5; i++) log.append(List.of(entry("decision", "L-" + i, Map.of("i", i, "x", 1.5e-7))));
        ChainVerification v = log.verify();
        assertTrue(v.intact(), v.problem());
        assertEquals(5, v.recordsChecked());
    }

    /** Long enough that a store reading the chain in pages reads several. */
    @Test
    void walksALongChainInOrder() {
        EvidenceLog log = log();
        int n = 2_500;
        for (int from = 0; from < n; from += 500) {
            List<EvidenceEntry> batch = new ArrayList<>();
            for (int i = from; i < from + 500; i++) batch.add(entry("decision", "L-" + i, Map.of("i", i)));
            log.append(batch);
        }
        long[] expected = {1};
        log.forEach(r -> assertEquals(expected[0]++, r.seq()));
        assertEquals(n + 1, expected[0]);
        ChainVerification v = log.verify();
        assertTrue(v.intact(), v.problem());
        assertEquals(n, v.recordsChecked());
    }
}
