package dev.genuine.store;

import dev.genuine.json.CanonicalJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Image blobs in memory, by SHA-256: for tests and short-lived work that needs no home folder. Thread-safe. */
public final class MemoryImageStore implements ImageStore {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public String put(byte[] bytes) {
        String sha = CanonicalJson.sha256Hex(bytes);
        if (blobs.putIfAbsent(sha, bytes.clone()) == null) writes.incrementAndGet();
        return sha;
    }

    @Override
    public String put(InputStream in, long maxBytes) throws IOException {
        byte[] b = in.readNBytes((int) maxBytes + 1);
        if (b.length > maxBytes) throw new IOException("more than " + maxBytes + " bytes");
        return put(b);
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.containsKey(sha256);
    }

    @Override
    public byte[] read(String sha256) throws IOException {
        byte[] b = blobs.get(sha256);
        if (b == null) throw new IOException("no image " + sha256);
        return b.clone();
    }

    @Override
    public Optional<Path> file(String sha256) {
        return Optional.empty();
    }

    public int size() {
        return blobs.size();
    }

    /** How many puts stored new content (a re-put of known bytes does not count). */
    public int writes() {
        return writes.get();
    }
}
