package dev.genuine.store;

import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestFileImageStore {
    @TempDir
    Path root;

    @Test
    void storesBlobsOnceUnderTheirHash() throws IOException {
        FileImageStore store = new FileImageStore(root);
        byte[] bytes = "not really a jpeg".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);
        assertEquals(CanonicalJson.sha256Hex(bytes), sha);
        assertEquals(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2)), store.file(sha).orElseThrow());
        assertEquals(sha, store.put(new ByteArrayInputStream(bytes), 1024));
        assertArrayEquals(bytes, store.read(sha));
        assertTrue(store.contains(sha));
        assertFalse(store.contains("../../etc/passwd"));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one blob, no temporary files left");
        }
    }

    @Test
    void refusesAStreamOverTheCapAndKeepsNothing() throws IOException {
        FileImageStore store = new FileImageStore(root);
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 7);
        IOException e = assertThrows(IOException.class, () -> store.put(new ByteArrayInputStream(big), 100_000));
        assertTrue(e.getMessage().contains("100000"), e.getMessage());
        assertFalse(store.contains(CanonicalJson.sha256Hex(big)));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
        assertThrows(IOException.class, () -> store.read("ab".repeat(32)));
    }
}
