package dev.genuine.testdata;

/** Derives independent seeds from a corpus seed. */
final class Seeds {
    private Seeds() {
    }

    /**
     * A well-mixed seed for stream {@code stream} of item {@code index}. {@link java.util.Random} seeded
     * with neighbouring numbers gives nearly equal first draws, so seeds go through the SplitMix64 finaliser.
     */
    static long derive(long seed, long stream, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream * 1_000_003L + index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
