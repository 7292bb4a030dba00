package dev.genuine.store;

import java.time.Instant;

/**
 * A merchant's appeal against a takedown.
 *
 * @param status  "open", "upheld" (the takedown is overturned) or "rejected"
 */
public record Appeal(long id, String listingId, String merchantId, String statement, String status,
                     String decidedBy, String resolution, Instant filedAt, Instant decidedAt) {}
