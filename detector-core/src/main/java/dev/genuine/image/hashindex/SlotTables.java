package dev.genuine.image.hashindex;

/**
 * Multi-index hashing's tables: the 256 bits cut into 16 slots of 16 bits, and for each slot the entry
 * numbers grouped by that slot's value (a counting sort: one offsets array of 65,537 and one array of
 * entry numbers per slot). About 64 bytes per entry plus 4 MB, with no boxed objects.
 */
final class SlotTables {
    static final int SLOTS = 16;
    static final int SLOT_BITS = 16;
    static final int KEYS = 1 << SLOT_BITS;
    static final SlotTables EMPTY = new SlotTables(new long[0], 0);

    private final int size;
    /** Slot s, key k: entries {@code ids[s*size + offsets[s*(KEYS+1) + k]]} up to the next key's offset. */
    private final int[] offsets;
    private final int[] ids;

    SlotTables(long[] words, int size) {
        this.size = size;
        this.offsets = new int[SLOTS * (KEYS + 1)];
        this.ids = new int[SLOTS * size];
        int[] cursor = new int[KEYS];
        for (int s = 0; s < SLOTS; s++) {
            int base = s * (KEYS + 1);
            for (int id = 0; id < size; id++) offsets[base + key(words, id, s) + 1]++;
            for (int k = 0; k < KEYS; k++) offsets[base + k + 1] += offsets[base + k];
            System.arraycopy(offsets, base, cursor, 0, KEYS);
            for (int id = 0; id < size; id++) ids[s * size + cursor[key(words, id, s)]++] = id;
        }
    }

    /** The number of entries these tables cover. */
    int size() {
        return size;
    }

    /** Slot {@code s} (0..15) of entry {@code id}: bits {@code 16s..16s+15}. */
    static int key(long[] words, int id, int s) {
        return (int) (words[id * 4 + (s >>> 2)] >>> ((s & 3) * SLOT_BITS)) & (KEYS - 1);
    }

    /** Slot {@code s} of a hash given by its four words. */
    static int key(long q0, long q1, long q2, long q3, int s) {
        long word = switch (s >>> 2) {
            case 0 -> q0;
            case 1 -> q1;
            case 2 -> q2;
            default -> q3;
        };
        return (int) (word >>> ((s & 3) * SLOT_BITS)) & (KEYS - 1);
    }

    /** Where the entries with this key start in slot {@code s}'s run of {@link #ids}. */
    int from(int s, int key) {
        return offsets[s * (KEYS + 1) + key];
    }

    /** Where they end (exclusive). */
    int to(int s, int key) {
        return offsets[s * (KEYS + 1) + key + 1];
    }

    /** The entry at {@code position} of slot {@code s}'s run. */
    int id(int s, int position) {
        return ids[s * size + position];
    }
}
