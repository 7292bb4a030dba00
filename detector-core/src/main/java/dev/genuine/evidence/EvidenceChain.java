package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.genuine.json.CanonicalJson;

import java.time.Instant;

/**
 * The evidence chain's hash rule, shared by every store: {@code hash = SHA-256(prevHash || canonical JSON of
 * {seq, type, listingId, recordedAt, body})}, where {@code ||} joins the previous record's hex hash and the
 * canonical JSON text and the whole is hashed as UTF-8. The first record's {@code prevHash} is {@link #GENESIS}.
 */
public final class EvidenceChain {
    /** The prevHash of the first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    private static final JsonNodeFactory TEXT = JsonNodeFactory.instance;

    private EvidenceChain() {}

    public static String hash(String prevHash, long seq, String type, String listingId, Instant recordedAt, JsonNode body) {
        return hashOfCanonicalBody(prevHash, seq, type, listingId, recordedAt, CanonicalJson.write(body));
    }

    /** The same hash for a body already in canonical JSON text, which a store writing that text has at hand. */
    public static String hashOfCanonicalBody(String prevHash, long seq, String type, String listingId, Instant recordedAt,
                                             String canonicalBody) {
        return CanonicalJson.sha256Hex(prevHash + canonical(seq, type, listingId, recordedAt, canonicalBody));
    }

    /**
     * The canonical JSON the hash covers, {@code {"body":...,"listingId":...,"recordedAt":...,"seq":...,"type":...}}
     * (keys in sorted order), recordedAt as ISO-8601 text so it survives any store exactly. Assembled around the
     * canonical body text rather than re-sorting the body, which is the bulk of the record.
     */
    public static String canonical(long seq, String type, String listingId, Instant recordedAt, String canonicalBody) {
        return "{\"body\":" + canonicalBody + ",\"listingId\":" + text(listingId)
                + ",\"recordedAt\":" + text(recordedAt.toString()) + ",\"seq\":" + seq + ",\"type\":" + text(type) + "}";
    }

    /** Builds the record that follows {@code prevHash}, its hash computed. */
    public static EvidenceRecord link(String prevHash, long seq, EvidenceEntry entry, Instant recordedAt) {
        String hash = hash(prevHash, seq, entry.type(), entry.listingId(), recordedAt, entry.body());
        return new EvidenceRecord(seq, entry.type(), entry.listingId(), recordedAt, entry.body(), prevHash, hash);
    }

    private static String text(String s) {
        return CanonicalJson.write(s == null ? TEXT.nullNode() : TEXT.textNode(s));
    }
}
