package dev.genuine.evidence.html;

import dev.genuine.json.CanonicalJson;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An image store in memory, for the page's tests. */
final class MemoryImages implements ImageStore {
    private final Map<String, byte[]> blobs = new HashMap<>();

    @Override
    public String put(byte[] bytes) {
        String sha = CanonicalJson.sha256Hex(bytes);
        blobs.putIfAbsent(sha, bytes.clone());
        return sha;
    }

    @Override
    public String put(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) throw new IOException("more than " + maxBytes + " bytes");
        return put(bytes);
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.containsKey(sha256);
    }

    @Override
    public byte[] read(String sha256) throws IOException {
        byte[] b = blobs.get(sha256);
        if (b == null) throw new NoSuchFileException(sha256);
        return b.clone();
    }

    @Override
    public Optional<Path> file(String sha256) {
        return Optional.empty();
    }
}
