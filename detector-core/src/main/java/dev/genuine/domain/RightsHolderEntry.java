package dev.genuine.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One rights holder's whole submission: what one registry file imports. */
public record RightsHolderEntry(RightsHolder holder, List<Mark> marks, List<Product> products,
                                Set<String> authorizedSellers, String sourceSha256) {
    public RightsHolderEntry {
        Objects.requireNonNull(holder, "holder");
        marks = List.copyOf(marks);
        products = List.copyOf(products);
        authorizedSellers = Set.copyOf(authorizedSellers == null ? Set.of() : authorizedSellers);
    }

    public String id() {
        return holder.id();
    }
}
