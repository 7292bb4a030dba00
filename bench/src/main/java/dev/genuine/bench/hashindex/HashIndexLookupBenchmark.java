package dev.genuine.bench.hashindex;

import dev.genuine.image.hashindex.HashIndex;
import dev.genuine.image.hashindex.HashMatch;
import dev.genuine.image.hashindex.LinearHashIndex;
import dev.genuine.image.hashindex.MultiIndexHashIndex;
import dev.genuine.image.pdq.PdqHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One lookup at the match radius (31 bits) in an index of random reference hashes with planted
 * near-duplicates of the queries (four per query, 0-31 bits away), linear scan against multi-index.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HashIndexLookupBenchmark {
    private static final int QUERIES = 256;
    private static final int PLANTED_PER_QUERY = 4;

    @Param({"1000", "100000", "1000000"})
    int size;

    @Param({"linear", "multi-index"})
    String index;

    private HashIndex<Integer> hashes;
    private final PdqHash[] queries = new PdqHash[QUERIES];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(1);
        hashes = index.equals("linear") ? new LinearHashIndex<>() : new MultiIndexHashIndex<>();
        for (int q = 0; q < QUERIES; q++) queries[q] = random(random);
        int planted = Math.min(size / 2, QUERIES * PLANTED_PER_QUERY);
        for (int i = 0; i < size; i++) {
            PdqHash hash = i < planted ? flip(queries[i % QUERIES], random.nextInt(PdqHash.MATCH_RADIUS + 1), random) : random(random);
            hashes.add(hash, i);
        }
        if (hashes instanceof MultiIndexHashIndex<Integer> multi) multi.build();
    }

    @Benchmark
    public List<HashMatch<Integer>> lookup() {
        return hashes.query(queries[next++ & (QUERIES - 1)], PdqHash.MATCH_RADIUS);
    }

    private static PdqHash random(Random random) {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong(), 100);
    }

    /** The hash with exactly {@code bits} distinct bits flipped. */
    private static PdqHash flip(PdqHash hash, int bits, Random random) {
        long[] flipped = new long[4];
        for (int done = 0; done < bits; ) {
            int k = random.nextInt(PdqHash.BITS);
            long bit = 1L << (k & 63);
            if ((flipped[k >>> 6] & bit) != 0) continue;
            flipped[k >>> 6] |= bit;
            done++;
        }
        return new PdqHash(hash.word0() ^ flipped[0], hash.word1() ^ flipped[1], hash.word2() ^ flipped[2],
                hash.word3() ^ flipped[3], 100);
    }
}
