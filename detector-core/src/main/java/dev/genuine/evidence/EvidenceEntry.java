package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * What is appended to the evidence log: a record type ("decision", "moderator-verdict", "appeal", ...),
 * the listing it concerns and the body, which must explain itself without any other table.
 */
public record EvidenceEntry(String type, String listingId, JsonNode body) {
    public EvidenceEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }
}
