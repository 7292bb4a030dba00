package dev.genuine.models.embedding;

import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An image store in a map, for tests. */
final class MemoryImageStore implements ImageStore {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public String put(byte[] bytes) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            blobs.putIfAbsent(sha, bytes.clone());
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        byte[] bytes = blobs.get(sha256);
        if (bytes == null) throw new NoSuchFileException(sha256);
        return bytes.clone();
    }

    @Override
    public Optional<Path> file(String sha256) {
        return Optional.empty();
    }
}
