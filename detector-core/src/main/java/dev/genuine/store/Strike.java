package dev.genuine.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One strike against a merchant: the listing that earned it, why, when, and when it was withdrawn (an appeal
 * upheld), or null while it stands.
 */
public record Strike(long id, String merchantId, String listingId, String reason, Instant createdAt, Instant withdrawnAt) {
    public Strike {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean active() {
        return withdrawnAt == null;
    }
}
