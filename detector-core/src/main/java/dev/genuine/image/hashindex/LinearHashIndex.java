package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The reference index: compares the query with every stored hash. Exact by construction, fine for a
 * few thousand hashes, and what {@link MultiIndexHashIndex} is tested against.
 */
public final class LinearHashIndex<T> implements HashIndex<T> {
    private final HashEntries<T> entries = new HashEntries<>();

    @Override
    public boolean add(PdqHash hash, T value) {
        return entries.add(hash, value);
    }

    @Override
    public List<HashMatch<T>> query(PdqHash query, int radius) {
        HashEntries.checkRadius(radius);
        if (!query.isMatchable()) return List.of();
        long q0 = query.word0(), q1 = query.word1(), q2 = query.word2(), q3 = query.word3();
        long[] found = new long[16];
        int count = 0;
        for (int id = 0; id < entries.size(); id++) {
            int distance = entries.distance(id, q0, q1, q2, q3);
            if (distance > radius) continue;
            if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = HashEntries.pack(distance, id);
        }
        return entries.matches(found, count);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public void forEach(BiConsumer<PdqHash, T> action) {
        entries.forEach(action);
    }
}
