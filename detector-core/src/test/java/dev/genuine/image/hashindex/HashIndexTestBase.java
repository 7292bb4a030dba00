package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link HashIndex} must do; each implementation's test inherits it. */
abstract class HashIndexTestBase {
    abstract <T> HashIndex<T> newIndex();

    private final Random random = new Random(42);

    @Test
    void findsEveryEntryWithinTheRadiusNearestFirstAndNothingBeyond() {
        HashIndex<String> index = newIndex();
        PdqHash query = RandomHashes.random(random);
        index.add(RandomHashes.flip(query, 31, random), "edge");
        index.add(RandomHashes.flip(query, 32, random), "just-out");
        index.add(query.withQuality(90), "same");
        index.add(RandomHashes.flip(query, 5, random), "near");
        for (int i = 0; i < 500; i++) index.add(RandomHashes.random(random), "noise-" + i);

        List<HashMatch<String>> found = index.query(query);
        assertEquals(List.of("same", "near", "edge"), found.stream().map(HashMatch::value).toList());
        assertEquals(List.of(0, 5, 31), found.stream().map(HashMatch::distance).toList());
        assertEquals(90, found.get(0).hash().quality());
        assertEquals(List.of("same"), index.query(query, 0).stream().map(HashMatch::value).toList());
        assertEquals(4, index.query(query, 32).size());
    }

    @Test
    void equalDistancesKeepTheOrderOfAdding() {
        HashIndex<Integer> index = newIndex();
        PdqHash hash = RandomHashes.random(random);
        for (int i = 0; i < 5; i++) index.add(hash, i);
        assertEquals(List.of(0, 1, 2, 3, 4), index.query(hash, 0).stream().map(HashMatch::value).toList());
    }

    @Test
    void lowQualityHashesAreNeitherStoredNorMatchedOn() {
        HashIndex<String> index = newIndex();
        PdqHash hash = RandomHashes.random(random);
        assertFalse(index.add(hash.withQuality(PdqHash.MIN_MATCH_QUALITY - 1), "blurry"));
        assertEquals(0, index.size());
        assertTrue(index.add(hash.withQuality(PdqHash.MIN_MATCH_QUALITY), "sharp"));
        assertEquals(1, index.query(hash).size());
        assertTrue(index.query(hash.withQuality(PdqHash.MIN_MATCH_QUALITY - 1)).isEmpty());
    }

    @Test
    void anEmptyIndexFindsNothingAndAddingAfterAQueryIsSeen() {
        HashIndex<String> index = newIndex();
        PdqHash hash = RandomHashes.random(random);
        assertTrue(index.query(hash).isEmpty());
        index.add(RandomHashes.flip(hash, 3, random), "later");
        assertEquals(List.of("later"), index.query(hash).stream().map(HashMatch::value).toList());
    }

    @Test
    void theWholeRadiusRangeIsAcceptedAndOutsideItRefused() {
        HashIndex<String> index = newIndex();
        PdqHash hash = RandomHashes.random(random);
        index.add(hash, "a");
        PdqHash complement = new PdqHash(~hash.word0(), ~hash.word1(), ~hash.word2(), ~hash.word3(), 100);
        index.add(complement, "b");
        assertEquals(2, index.query(hash, HashIndex.MAX_RADIUS).size());
        assertEquals(1, index.query(hash, HashIndex.MAX_RADIUS - 1).size());
        assertThrows(IllegalArgumentException.class, () -> index.query(hash, -1));
        assertThrows(IllegalArgumentException.class, () -> index.query(hash, HashIndex.MAX_RADIUS + 1));
    }

    @Test
    void serializedEntriesReadBackIntoAnyImplementation() throws IOException {
        HashIndex<String> index = newIndex();
        PdqHash query = RandomHashes.random(random);
        for (int i = 0; i < 50; i++) index.add(RandomHashes.flip(query, i, random).withQuality(50 + i), "e" + i);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HashIndexFormat.write(index, bytes, ValueCodec.STRING);

        HashIndex<String> copy = HashIndexFormat.read(new ByteArrayInputStream(bytes.toByteArray()), ValueCodec.STRING, newIndex());
        HashIndex<String> linear = HashIndexFormat.read(new ByteArrayInputStream(bytes.toByteArray()), ValueCodec.STRING, new LinearHashIndex<>());
        assertEquals(50, copy.size());
        assertEquals(index.query(query), copy.query(query));
        assertEquals(index.query(query), linear.query(query));
    }

    @Test
    void aDamagedStreamIsRefusedWithAReason() throws IOException {
        HashIndex<String> index = newIndex();
        index.add(RandomHashes.random(random), "only");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HashIndexFormat.write(index, bytes, ValueCodec.STRING);
        byte[] whole = bytes.toByteArray();

        IOException truncated = assertThrows(IOException.class, () -> HashIndexFormat.read(
                new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 3)), ValueCodec.STRING, newIndex()));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        whole[0] = 'X';
        IOException header = assertThrows(IOException.class, () -> HashIndexFormat.read(
                new ByteArrayInputStream(whole), ValueCodec.STRING, newIndex()));
        assertTrue(header.getMessage().contains("header"), header.getMessage());
    }
}
