package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evidence chain's hash rule, shared by every store: {@code hash = SHA-256(prevHash || canonical JSON of
 * {seq, type, listingId, recordedAt, body})}, where {@code ||} joins the previous record's hex hash and the
 * canonical JSON text and the whole is hashed as UTF-8. The first record's {@code prevHash} is {@link #GENESIS}.
 */
public final class EvidenceChain {
    /** The prevHash of the first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private EvidenceChain() {}

    public static String hash(String prevHash, long seq, String type, String listingId, Instant recordedAt, JsonNode body) {
        return CanonicalJson.sha256Hex(prevHash + canonical(seq, type, listingId, recordedAt, body));
    }

    /** The canonical JSON the hash covers; recordedAt as ISO-8601 text so it survives any store exactly. */
    public static String canonical(long seq, String type, String listingId, Instant recordedAt, JsonNode body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("type", type);
        m.put("listingId", listingId);
        m.put("recordedAt", recordedAt.toString());
        m.put("body", body);
        return CanonicalJson.write(m);
    }

    /** Builds the record that follows {@code prevHash}, its hash computed. */
    public static EvidenceRecord link(String prevHash, long seq, EvidenceEntry entry, Instant recordedAt) {
        String hash = hash(prevHash, seq, entry.type(), entry.listingId(), recordedAt, entry.body());
        return new EvidenceRecord(seq, entry.type(), entry.listingId(), recordedAt, entry.body(), prevHash, hash);
    }
}
