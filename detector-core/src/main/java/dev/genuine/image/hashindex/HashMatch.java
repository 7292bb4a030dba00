package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.Objects;

/** A stored hash found near a query: the stored hash, its value and the Hamming distance to the query. */
public record HashMatch<T>(PdqHash hash, T value, int distance) {
    public HashMatch {
        Objects.requireNonNull(hash, "hash");
        if (distance < 0 || distance > PdqHash.BITS) throw new IllegalArgumentException("distance " + distance);
    }
}
