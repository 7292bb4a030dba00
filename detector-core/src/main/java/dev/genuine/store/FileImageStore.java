package dev.genuine.store;

import dev.genuine.json.CanonicalJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image blobs as files under a folder, named by SHA-256 and fanned out by its first two hex digits
 * ({@code ab/cdef...}). Each blob is written to a temporary file and moved into place, so a reader never sees
 * half an image and a crash leaves no partial blob under a real name.
 */
public final class FileImageStore implements ImageStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int CHUNK = 64 * 1024;

    private final Path root;

    public FileImageStore(Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        String sha = CanonicalJson.sha256Hex(bytes);
        if (!contains(sha)) {
            Path tmp = tempFile();
            try {
                Files.write(tmp, bytes);
                moveIntoPlace(tmp, sha);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return sha;
    }

    /** Streams to a temporary file while hashing, so a large image is never held in memory whole. */
    @Override
    public String put(InputStream in, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        Path tmp = tempFile();
        try {
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                byte[] buf = new byte[CHUNK];
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > maxBytes) throw new IOException("image is larger than the limit of " + maxBytes + " bytes");
                    out.write(buf, 0, n);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (!contains(sha)) moveIntoPlace(tmp, sha);
            return sha;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return SHA256.matcher(sha256).matches() && Files.isRegularFile(path(sha256));
    }

    @Override
    public byte[] read(String sha256) throws IOException {
        if (!contains(sha256)) throw new IOException("no image " + sha256 + " in " + root);
        return Files.readAllBytes(path(sha256));
    }

    @Override
    public Optional<Path> file(String sha256) {
        return contains(sha256) ? Optional.of(path(sha256)) : Optional.empty();
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    private Path tempFile() throws IOException {
        Files.createDirectories(root);
        return Files.createTempFile(root, ".incoming-", ".tmp");
    }

    private void moveIntoPlace(Path tmp, String sha) throws IOException {
        Path target = path(sha);
        Files.createDirectories(target.getParent());
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException raced) {
                // Another writer stored the same bytes first: same content, nothing to do.
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
