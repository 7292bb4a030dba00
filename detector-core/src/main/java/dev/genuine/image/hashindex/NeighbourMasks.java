package dev.genuine.image.hashindex;

/**
 * Every 16-bit mask ordered by how many bits it sets, so that the first {@link #within(int)} masks are
 * exactly the XOR patterns that reach all keys within that many bits of a slot's key.
 */
final class NeighbourMasks {
    private static final int[] MASKS = new int[SlotTables.KEYS];
    private static final int[] WITHIN = new int[SlotTables.SLOT_BITS + 1];

    static {
        int next = 0;
        for (int weight = 0; weight <= SlotTables.SLOT_BITS; weight++) {
            for (int mask = 0; mask < SlotTables.KEYS; mask++) {
                if (Integer.bitCount(mask) == weight) MASKS[next++] = mask;
            }
            WITHIN[weight] = next;
        }
    }

    private NeighbourMasks() {}

    /** How many masks flip at most {@code bits} bits: 1 for 0, 17 for 1, 137 for 2... */
    static int within(int bits) {
        return WITHIN[bits];
    }

    static int mask(int i) {
        return MASKS[i];
    }
}
