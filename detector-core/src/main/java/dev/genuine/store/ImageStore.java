package dev.genuine.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Content-addressed image blobs: each stored once under its SHA-256. */
public interface ImageStore {
    /** Stores the bytes (if new) and returns their SHA-256 in hex. */
    String put(byte[] bytes) throws IOException;

    /** Stores a stream's bytes, refusing more than {@code maxBytes}. */
    String put(InputStream in, long maxBytes) throws IOException;

    boolean contains(String sha256);

    byte[] read(String sha256) throws IOException;

    /** A file path for readers that need one (OpenCV), when the store keeps blobs as files. */
    Optional<Path> file(String sha256);
}
