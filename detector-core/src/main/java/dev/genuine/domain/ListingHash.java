package dev.genuine.domain;

import dev.genuine.json.CanonicalJson;

/** The content hash that tells a changed listing from a re-sent unchanged one. */
public final class ListingHash {
    private ListingHash() {}

    /** SHA-256 over the canonical JSON of everything a decision can depend on (not updatedAt). */
    public static String of(Listing l) {
        var m = new java.util.TreeMap<String, Object>();
        m.put("id", l.id());
        m.put("merchantId", l.merchantId());
        m.put("title", l.title());
        m.put("description", l.description());
        m.put("price", l.price());
        m.put("category", l.category());
        m.put("images", l.images());
        m.put("reviews", l.reviews());
        m.put("storedImages", l.storedImages().stream().map(s -> s.isStored() ? s.sha256() : "failed:" + s.source()).toList());
        return CanonicalJson.sha256Hex(CanonicalJson.write(m));
    }
}
