package dev.genuine.image.pdq;

/**
 * A 256-bit PDQ hash with its 0-100 quality, printed as 64 hex digits in the reference tools' order.
 *
 * <p>Bit {@code k} (0..255) is the sign of DCT coefficient {@code (k / 16, k % 16)} against the median;
 * {@code word0} holds bits 0..63, {@code word3} bits 192..255. The hex form is the 256-bit number
 * written most significant digit first, which is how the reference tools print it (their sixteen
 * 16-bit words from the last to the first), so hashes exchange with other platforms unchanged.
 *
 * <p>The matching rule lives here: a match is a distance of at most {@link #MATCH_RADIUS}, and only
 * hashes with {@link #isMatchable() quality of at least} {@link #MIN_MATCH_QUALITY} are indexed or
 * matched on (a flat or tiny image hashes to noise that would match other noise).
 */
public record PdqHash(long word0, long word1, long word2, long word3, int quality) {
    public static final int BITS = 256;
    public static final int HEX_LENGTH = 64;
    public static final int MAX_QUALITY = 100;
    /** Largest Hamming distance still counted as the same image, as the PDQ authors recommend. */
    public static final int MATCH_RADIUS = 31;
    /** Hashes of lower quality are neither indexed nor used as queries. */
    public static final int MIN_MATCH_QUALITY = 50;

    public PdqHash {
        if (quality < 0 || quality > MAX_QUALITY) {
            throw new IllegalArgumentException("PDQ quality must be 0-100, was " + quality);
        }
    }

    /** A hash from its four 64-bit words, {@code words[0]} holding bits 0..63. */
    public static PdqHash ofWords(long[] words, int quality) {
        if (words.length != 4) throw new IllegalArgumentException("a PDQ hash has 4 words, got " + words.length);
        return new PdqHash(words[0], words[1], words[2], words[3], quality);
    }

    /** Parses 64 hex digits (either case), as printed by {@link #toHex()} and the reference tools. */
    public static PdqHash parse(String hex, int quality) {
        if (hex == null || hex.length() != HEX_LENGTH) {
            throw new IllegalArgumentException("a PDQ hash is " + HEX_LENGTH + " hex digits, got "
                    + (hex == null ? "nothing" : hex.length() + " characters"));
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("not a hex digit at position " + (i + 1) + ": '" + hex.charAt(i) + "'");
            }
        }
        return new PdqHash(word(hex, 3), word(hex, 2), word(hex, 1), word(hex, 0), quality);
    }

    private static long word(String hex, int fromStart) {
        return Long.parseUnsignedLong(hex, fromStart * 16, fromStart * 16 + 16, 16);
    }

    /** The 64 lowercase hex digits, most significant first. */
    public String toHex() {
        return String.format("%016x%016x%016x%016x", word3, word2, word1, word0);
    }

    /** Word {@code i} (0..3) of the 256 bits. */
    public long word(int i) {
        return switch (i) {
            case 0 -> word0;
            case 1 -> word1;
            case 2 -> word2;
            case 3 -> word3;
            default -> throw new IndexOutOfBoundsException("word " + i);
        };
    }

    /** Bit {@code k}, 0..255. */
    public boolean bit(int k) {
        if (k < 0 || k >= BITS) throw new IndexOutOfBoundsException("bit " + k);
        return (word(k >>> 6) >>> (k & 63) & 1L) != 0;
    }

    /** The number of bits that differ, 0..256; quality plays no part. */
    public int distance(PdqHash other) {
        return Long.bitCount(word0 ^ other.word0) + Long.bitCount(word1 ^ other.word1)
                + Long.bitCount(word2 ^ other.word2) + Long.bitCount(word3 ^ other.word3);
    }

    /** Whether this hash is good enough to index or to match on. */
    public boolean isMatchable() {
        return quality >= MIN_MATCH_QUALITY;
    }

    /** Whether the two hashes count as the same image: both matchable and within {@link #MATCH_RADIUS}. */
    public boolean matches(PdqHash other) {
        return isMatchable() && other.isMatchable() && distance(other) <= MATCH_RADIUS;
    }

    /** The same bits with another quality. */
    public PdqHash withQuality(int newQuality) {
        return new PdqHash(word0, word1, word2, word3, newQuality);
    }

    @Override
    public String toString() {
        return toHex() + "," + quality;
    }
}
