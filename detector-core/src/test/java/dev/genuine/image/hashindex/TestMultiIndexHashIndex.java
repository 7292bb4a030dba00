package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestMultiIndexHashIndex extends HashIndexTestBase {
    @Override
    <T> HashIndex<T> newIndex() {
        return new MultiIndexHashIndex<>();
    }

    @Test
    void returnsExactlyWhatTheLinearIndexReturnsForEveryRadiusUpTo31() {
        Random random = new Random(7);
        MultiIndexHashIndex<Integer> multi = new MultiIndexHashIndex<>();
        LinearHashIndex<Integer> linear = new LinearHashIndex<>();
        List<PdqHash> queries = new ArrayList<>();
        int id = 0;
        for (int q = 0; q < 40; q++) {
            PdqHash query = RandomHashes.random(random);
            queries.add(query);
            // Neighbours at every distance up to a little past the radius, including bits crowded into
            // few slots, which is where a pigeonhole mistake would show.
            for (int d = 0; d <= 40; d += 1 + random.nextInt(3)) {
                PdqHash near = RandomHashes.flip(query, d, random);
                multi.add(near, id);
                linear.add(near, id++);
            }
            PdqHash crowded = crowdedFlip(query, 31);
            multi.add(crowded, id);
            linear.add(crowded, id++);
        }
        for (int i = 0; i < 5000; i++) {
            PdqHash noise = RandomHashes.random(random);
            multi.add(noise, id);
            linear.add(noise, id++);
        }
        multi.build();
        int matched = 0;
        for (PdqHash query : queries) {
            for (int radius = 0; radius <= PdqHash.MATCH_RADIUS; radius++) {
                List<HashMatch<Integer>> expected = linear.query(query, radius);
                assertEquals(expected, multi.query(query, radius), "radius " + radius);
                matched += expected.size();
            }
        }
        assertTrue(matched > 1000, "the planted neighbours were found: " + matched);
    }

    /** Flips {@code bits} bits packed into as few 16-bit slots as possible (two full slots, then the rest). */
    private static PdqHash crowdedFlip(PdqHash hash, int bits) {
        long mask = bits >= 64 ? -1L : (1L << bits) - 1;
        return new PdqHash(hash.word0() ^ mask, hash.word1(), hash.word2(), hash.word3(), hash.quality());
    }

    @Test
    void concurrentQueriesAfterAddingAgreeWithSequentialOnes() {
        Random random = new Random(13);
        MultiIndexHashIndex<Integer> multi = new MultiIndexHashIndex<>();
        List<PdqHash> queries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            PdqHash hash = RandomHashes.random(random);
            multi.add(hash, i);
            if (i % 20 == 0) queries.add(RandomHashes.flip(hash, 20, random));
        }
        List<List<HashMatch<Integer>>> parallel = queries.parallelStream().map(multi::query).toList();
        List<List<HashMatch<Integer>>> sequential = queries.stream().map(multi::query).toList();
        assertEquals(sequential, parallel);
        assertTrue(sequential.stream().allMatch(found -> !found.isEmpty()));
    }

    @Test
    void largerRadiiProbeFurtherNeighbourhoodsAndStayExact() {
        Random random = new Random(11);
        MultiIndexHashIndex<Integer> multi = new MultiIndexHashIndex<>();
        LinearHashIndex<Integer> linear = new LinearHashIndex<>();
        PdqHash query = RandomHashes.random(random);
        for (int d = 0; d <= 80; d++) {
            PdqHash near = RandomHashes.flip(query, d, random);
            multi.add(near, d);
            linear.add(near, d);
        }
        for (int radius : new int[] {32, 47, 48, 63, 80}) {
            assertEquals(linear.query(query, radius), multi.query(query, radius), "radius " + radius);
        }
    }
}
