package dev.genuine.models.embedding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registry photo embeddings kept on disk for one model version, keyed by the photo's SHA-256, so each registry
 * photo goes through the network once per model rather than once per scan. A file holds the photo's embedding
 * and its mirror image's, as the matcher indexes both.
 */
public final class EmbeddingCache {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BYTES = 2 * EmbeddingNetwork.DIMENSIONS * Float.BYTES;

    private final Path folder;

    /** The cache in {@code folder}, which should be the model version's own folder (see {@link #folderOf}). */
    public EmbeddingCache(Path folder) {
        this.folder = folder;
    }

    /** Where a home keeps the registry embeddings of a model version: {@code home/cache/embedding/<version>/}. */
    public static Path folderOf(Path home, String modelVersion) {
        return home.resolve("cache").resolve("embedding").resolve(modelVersion);
    }

    /** The embeddings of a photo and of its mirror image, when cached; an unreadable or cut-short entry is a miss. */
    public Optional<float[][]> get(String sha256) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(sha256));
        } catch (IOException e) {
            // Missing or damaged, the entry costs one network pass: the photo is embedded again and the entry rewritten.
            return Optional.empty();
        }
        if (bytes.length != BYTES) return Optional.empty();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        float[][] out = new float[2][EmbeddingNetwork.DIMENSIONS];
        for (float[] vector : out) {
            in.asFloatBuffer().get(vector);
            in.position(in.position() + vector.length * Float.BYTES);
        }
        return Optional.of(out);
    }

    /** Stores a photo's embedding and its mirror's; written whole or not at all, so concurrent scans never read half. */
    public void put(String sha256, float[] photo, float[] mirror) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(BYTES);
        out.asFloatBuffer().put(photo).put(mirror);
        Files.createDirectories(folder);
        Path pending = Files.createTempFile(folder, sha256, ".tmp");
        try {
            Files.write(pending, out.array());
            Files.move(pending, file(sha256), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(pending);
        }
    }

    private Path file(String sha256) {
        if (!SHA256.matcher(sha256).matches()) throw new IllegalArgumentException("not a SHA-256: '" + sha256 + "'");
        return folder.resolve(sha256 + ".f32");
    }
}
