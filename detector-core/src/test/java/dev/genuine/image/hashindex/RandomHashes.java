package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.util.Random;

/** Random hashes and copies of them with an exact number of bits flipped. */
final class RandomHashes {
    private RandomHashes() {}

    static PdqHash random(Random random) {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong(), 100);
    }

    /** The hash with exactly {@code bits} distinct bits flipped, chosen at random. */
    static PdqHash flip(PdqHash hash, int bits, Random random) {
        long[] w = {hash.word0(), hash.word1(), hash.word2(), hash.word3()};
        long[] flipped = new long[4];
        int done = 0;
        while (done < bits) {
            int k = random.nextInt(PdqHash.BITS);
            if ((flipped[k >>> 6] & (1L << (k & 63))) != 0) continue;
            flipped[k >>> 6] |= 1L << (k & 63);
            done++;
        }
        for (int i = 0; i < 4; i++) w[i] ^= flipped[i];
        return PdqHash.ofWords(w, hash.quality());
    }
}
