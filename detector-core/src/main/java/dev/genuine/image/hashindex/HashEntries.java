package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The entries of an index in primitive arrays (four longs and a quality byte per hash), numbered in the
 * order they were added; what both index implementations store and verify candidates against.
 */
final class HashEntries<T> {
    private long[] words = new long[64];
    private byte[] qualities = new byte[16];
    private final List<T> values = new ArrayList<>();
    private int size;

    boolean add(PdqHash hash, T value) {
        if (!hash.isMatchable()) return false;
        if (size == qualities.length) {
            qualities = Arrays.copyOf(qualities, size * 2);
            words = Arrays.copyOf(words, size * 8);
        }
        int at = size * 4;
        words[at] = hash.word0();
        words[at + 1] = hash.word1();
        words[at + 2] = hash.word2();
        words[at + 3] = hash.word3();
        qualities[size] = (byte) hash.quality();
        values.add(value);
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /** The words of every entry, entry {@code i} at {@code 4i..4i+3}; read-only for callers. */
    long[] words() {
        return words;
    }

    PdqHash hash(int id) {
        int at = id * 4;
        return new PdqHash(words[at], words[at + 1], words[at + 2], words[at + 3], qualities[id]);
    }

    /** The Hamming distance from entry {@code id} to the query words. */
    int distance(int id, long q0, long q1, long q2, long q3) {
        int at = id * 4;
        return Long.bitCount(words[at] ^ q0) + Long.bitCount(words[at + 1] ^ q1)
                + Long.bitCount(words[at + 2] ^ q2) + Long.bitCount(words[at + 3] ^ q3);
    }

    void forEach(BiConsumer<PdqHash, T> action) {
        for (int id = 0; id < size; id++) action.accept(hash(id), values.get(id));
    }

    /** Packs a found entry so that sorting the packed numbers orders by distance, then by entry number. */
    static long pack(int distance, int id) {
        return ((long) distance << 32) | id;
    }

    /** The matches for the first {@code count} packed numbers, nearest first. */
    List<HashMatch<T>> matches(long[] packed, int count) {
        Arrays.sort(packed, 0, count);
        List<HashMatch<T>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = (int) packed[i];
            out.add(new HashMatch<>(hash(id), values.get(id), (int) (packed[i] >>> 32)));
        }
        return out;
    }

    static void checkRadius(int radius) {
        if (radius < 0 || radius > HashIndex.MAX_RADIUS) {
            throw new IllegalArgumentException("radius must be 0-" + HashIndex.MAX_RADIUS + ", was " + radius);
        }
    }
}
