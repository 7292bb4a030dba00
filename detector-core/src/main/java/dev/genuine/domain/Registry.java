package dev.genuine.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One immutable version of the whole registry: every rights holder's marks, products and sellers. */
public record Registry(int version, Instant createdAt, List<RightsHolderEntry> entries) {
    public Registry {
        entries = entries.stream().sorted(Comparator.comparing(RightsHolderEntry::id)).toList();
    }

    public static Registry empty() {
        return new Registry(0, Instant.EPOCH, List.of());
    }

    public Optional<RightsHolderEntry> entry(String rightsHolderId) {
        return entries.stream().filter(e -> e.id().equals(rightsHolderId)).findFirst();
    }

    public List<Mark> marks() {
        return entries.stream().flatMap(e -> e.marks().stream()).toList();
    }

    public List<Product> products() {
        return entries.stream().flatMap(e -> e.products().stream()).toList();
    }

    public Map<String, RightsHolderEntry> byId() {
        return entries.stream().collect(Collectors.toMap(RightsHolderEntry::id, e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    /** True when the merchant is on the rights holder's list of authorized sellers. */
    public boolean isAuthorized(String rightsHolderId, String merchantId) {
        return entry(rightsHolderId).map(e -> e.authorizedSellers().contains(merchantId)).orElse(false);
    }
}
