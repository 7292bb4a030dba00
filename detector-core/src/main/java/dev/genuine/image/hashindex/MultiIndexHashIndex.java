package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Multi-index hashing (Norouzi, Punjani and Fleet): finds every hash within a radius by looking up
 * small neighbourhoods of the query's 16-bit slots instead of comparing with every stored hash.
 *
 * <p>If a stored hash is within {@code r} bits of the query, its 16 slots share those {@code r}
 * differing bits, so by pigeonhole at least one slot differs in at most {@code r / 16} bits. For the
 * match radius 31 that is one bit: each slot's exact key and its 16 one-bit neighbours are probed
 * (17 probes for each of 16 slots), every entry found is verified on the full 256 bits, and an entry
 * is kept only from the first slot that could have found it, so nothing is reported twice. With
 * random-looking hashes a probe meets about {@code n / 65536} entries, so a lookup costs 272 probes
 * plus a few thousand verifications at a million hashes, against a million for {@link LinearHashIndex}.
 *
 * <p>The slot tables are rebuilt, once, by the first query after entries were added.
 */
public final class MultiIndexHashIndex<T> implements HashIndex<T> {
    private final HashEntries<T> entries = new HashEntries<>();
    private volatile SlotTables tables = SlotTables.EMPTY;

    @Override
    public boolean add(PdqHash hash, T value) {
        return entries.add(hash, value);
    }

    /** Builds the slot tables now rather than at the first query, e.g. after loading a registry. */
    public void build() {
        tables();
    }

    @Override
    public List<HashMatch<T>> query(PdqHash query, int radius) {
        HashEntries.checkRadius(radius);
        if (!query.isMatchable()) return List.of();
        SlotTables t = tables();
        long q0 = query.word0(), q1 = query.word1(), q2 = query.word2(), q3 = query.word3();
        int slotRadius = Math.min(SlotTables.SLOT_BITS, radius / SlotTables.SLOTS);
        int probes = NeighbourMasks.within(slotRadius);
        long[] words = entries.words();
        long[] found = new long[16];
        int count = 0;
        for (int s = 0; s < SlotTables.SLOTS; s++) {
            int key = SlotTables.key(q0, q1, q2, q3, s);
            for (int p = 0; p < probes; p++) {
                int probe = key ^ NeighbourMasks.mask(p);
                for (int at = t.from(s, probe), end = t.to(s, probe); at < end; at++) {
                    int id = t.id(s, at);
                    int distance = entries.distance(id, q0, q1, q2, q3);
                    if (distance > radius || firstSlotWithin(words, id, q0, q1, q2, q3, slotRadius) != s) continue;
                    if (count == found.length) found = Arrays.copyOf(found, count * 2);
                    found[count++] = HashEntries.pack(distance, id);
                }
            }
        }
        return entries.matches(found, count);
    }

    /** The first slot whose key lies within {@code slotRadius} bits of the query's: the one that reports it. */
    private static int firstSlotWithin(long[] words, int id, long q0, long q1, long q2, long q3, int slotRadius) {
        for (int s = 0; s < SlotTables.SLOTS; s++) {
            int differing = Integer.bitCount(SlotTables.key(words, id, s) ^ SlotTables.key(q0, q1, q2, q3, s));
            if (differing <= slotRadius) return s;
        }
        throw new IllegalStateException("entry " + id + " is within the radius but in no slot's neighbourhood");
    }

    private SlotTables tables() {
        SlotTables t = tables;
        if (t.size() == entries.size()) return t;
        synchronized (this) {
            if (tables.size() != entries.size()) tables = new SlotTables(entries.words(), entries.size());
            return tables;
        }
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
