package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds every stored PDQ hash within a Hamming radius of a query, each with the value it was added with.
 *
 * <p>The quality rule ({@link PdqHash#isMatchable()}) is applied here by every implementation: a hash
 * below {@link PdqHash#MIN_MATCH_QUALITY} is not stored, and such a query finds nothing. Queries may
 * run on several threads at once once adding is done; adding must not overlap anything else.
 */
public interface HashIndex<T> {
    /** The largest radius a query accepts: every bit. */
    int MAX_RADIUS = PdqHash.BITS;

    /** Stores the hash with its value; returns false, storing nothing, when the hash is not matchable. */
    boolean add(PdqHash hash, T value);

    /**
     * Every stored entry within {@code radius} bits (0..256) of the query, nearest first, entries at the
     * same distance in the order they were added; empty when the query is not matchable.
     */
    List<HashMatch<T>> query(PdqHash query, int radius);

    /** Entries within the standard match radius, {@link PdqHash#MATCH_RADIUS}. */
    default List<HashMatch<T>> query(PdqHash query) {
        return query(query, PdqHash.MATCH_RADIUS);
    }

    /** The number of stored entries. */
    int size();

    /** Visits every stored entry in the order it was added (serialization uses this). */
    void forEach(BiConsumer<PdqHash, T> action);
}
