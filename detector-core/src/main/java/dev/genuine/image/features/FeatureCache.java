package dev.genuine.image.features;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * Reference features on disk, one small binary file per image variant, keyed by the image's SHA-256, the
 * variant and how the features were taken, so a restart or a new registry version recomputes only new images.
 */
public final class FeatureCache {
    private static final int MAGIC = 0x47464554; // "GFET"

    private final Path dir;

    /** A cache kept in {@code dir} (created when first written). */
    public FeatureCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cached features of an image variant taken with the settings {@code key} names, or {@code compute}'s
     * result, written to the cache first.
     */
    public Features get(String sha256, Variant variant, String key, Supplier<Features> compute) {
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256: " + sha256);
        Path file = dir.resolve(sha256 + "-" + variant.wireName() + "-" + key + ".feat");
        if (Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException | IllegalArgumentException e) {
                // a damaged cache file is only a cache miss: recompute and overwrite it
            }
        }
        Features f = compute.get();
        try {
            write(file, f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feature cache " + file, e);
        }
        return f;
    }

    static void write(Path file, Features f) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".feat", ".tmp");
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(f.width());
            out.writeInt(f.height());
            out.writeInt(f.dimension());
            out.writeInt(f.count());
            for (float v : f.points()) out.writeFloat(v);
            for (float v : f.descriptors()) out.writeFloat(v);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Features read(Path file) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) throw new IOException("not a feature file: " + file);
            int width = in.readInt(), height = in.readInt(), dimension = in.readInt(), count = in.readInt();
            if (dimension <= 0 || count < 0 || (long) count * dimension > Files.size(file)) {
                throw new IOException("corrupt feature file: " + file);
            }
            float[] points = new float[count * 2];
            for (int i = 0; i < points.length; i++) points[i] = in.readFloat();
            float[] descriptors = new float[count * dimension];
            for (int i = 0; i < descriptors.length; i++) descriptors[i] = in.readFloat();
            return new Features(width, height, points, descriptors, dimension);
        }
    }
}
