package dev.genuine.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A stored evidence record: {@code hash = SHA-256(prevHash || canonical JSON of (seq, type, listingId,
 * recordedAt, body))}, so changing any field of any record breaks the chain from there on.
 */
public record EvidenceRecord(long seq, String type, String listingId, Instant recordedAt, JsonNode body,
                             String prevHash, String hash) {}
