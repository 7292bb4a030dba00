package dev.genuine.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable version of the whole registry: every rights holder's marks, products and sellers. A class
 * rather than a record only so it can keep its entries indexed by id: signals look a holder up several times
 * per listing, and a registry holds tens of thousands of holders.
 */
public final class Registry {
    private final int version;
    private final Instant createdAt;
    private final List<RightsHolderEntry> entries;
    private final Map<String, RightsHolderEntry> byId;

    public Registry(int version, Instant createdAt, List<RightsHolderEntry> entries) {
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.entries = entries.stream().sorted(Comparator.comparing(RightsHolderEntry::id)).toList();
        Map<String, RightsHolderEntry> index = new LinkedHashMap<>();
        this.entries.forEach(e -> index.putIfAbsent(e.id(), e));
        this.byId = java.util.Collections.unmodifiableMap(index);
    }

    public static Registry empty() {
        return new Registry(0, Instant.EPOCH, List.of());
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The entries in rights holder id order. */
    public List<RightsHolderEntry> entries() {
        return entries;
    }

    public Optional<RightsHolderEntry> entry(String rightsHolderId) {
        return Optional.ofNullable(byId.get(rightsHolderId));
    }

    public List<Mark> marks() {
        return entries.stream().flatMap(e -> e.marks().stream()).toList();
    }

    public List<Product> products() {
        return entries.stream().flatMap(e -> e.products().stream()).toList();
    }

    /** The entries by rights holder id, in id order. */
    public Map<String, RightsHolderEntry> byId() {
        return byId;
    }

    /** True when the merchant is on the rights holder's list of authorized sellers. */
    public boolean isAuthorized(String rightsHolderId, String merchantId) {
        RightsHolderEntry e = byId.get(rightsHolderId);
        return e != null && e.authorizedSellers().contains(merchantId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Registry r && version == r.version && createdAt.equals(r.createdAt) && entries.equals(r.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, createdAt, entries);
    }

    @Override
    public String toString() {
        return "Registry[version=" + version + ", createdAt=" + createdAt + ", holders=" + entries.size() + "]";
    }
}
