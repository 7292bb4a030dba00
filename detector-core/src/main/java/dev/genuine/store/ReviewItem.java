package dev.genuine.store;

import java.time.Instant;

/**
 * A listing waiting for (or given) a moderator's verdict.
 *
 * @param status   "open", "claimed", "resolved" or "withdrawn" (a rescan no longer flags the listing)
 * @param verdict  null until resolved: "takedown" or "allow"
 */
public record ReviewItem(long id, String listingId, long evidenceSeq, double score, String rightsHolderId,
                         String status, String claimedBy, String verdict, String note, Instant createdAt,
                         Instant resolvedAt) {}
