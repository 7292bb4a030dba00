package dev.genuine.image.pdq;

import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eight rotation-and-mirror PDQ hashes of stored images, kept on disk as one small hash list per
 * image ({@code <sha256>.txt}, a {@code HASH,QUALITY,VARIANT} line per variant), so registry images are
 * hashed once, at import, and every later scan or export reads them back. Thread-safe.
 */
public final class PdqHashCache {
    private static final ThreadLocal<PdqHasher> HASHER = ThreadLocal.withInitial(PdqHasher::new);

    private final Optional<Path> dir;

    /** Where a genuine home folder keeps this cache: {@code cache/pdq}. */
    public static Path folderOf(Path home) {
        return home.resolve("cache").resolve("pdq");
    }

    /** A cache in {@code dir} (created when first written); without one every call hashes afresh. */
    public PdqHashCache(Optional<Path> dir) {
        this.dir = dir;
    }

    /**
     * The hashes of the stored image, in {@link Dihedral} order, from the cache or computed from the store
     * and written to the cache.
     *
     * @throws IOException when the store does not hold the image or it does not decode
     */
    public Map<Dihedral, PdqHash> dihedral(String sha256, ImageStore store) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256: " + sha256);
        Optional<Path> file = dir.map(d -> d.resolve(sha256 + ".txt"));
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            Optional<Map<Dihedral, PdqHash>> cached = read(file.get());
            if (cached.isPresent()) return cached.get();
        }
        Map<Dihedral, PdqHash> hashes = HASHER.get().hashDihedral(store.read(sha256), sha256);
        if (file.isPresent()) write(file.get(), hashes);
        return hashes;
    }

    /** A damaged or partial cache file is a miss: empty, so the image is hashed again and the file rewritten. */
    private static Optional<Map<Dihedral, PdqHash>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        HashList list = HashListFormat.read(new StringReader(text), file.toString());
        Map<Dihedral, PdqHash> hashes = new EnumMap<>(Dihedral.class);
        for (HashListEntry e : list.entries()) {
            for (Dihedral d : Dihedral.values()) if (d.label().equals(e.label())) hashes.put(d, e.hash());
        }
        if (!list.errors().isEmpty() || hashes.size() != Dihedral.values().length) return Optional.empty();
        return Optional.of(Collections.unmodifiableMap(hashes));
    }

    /** Written to a temporary file and moved into place, so a concurrent reader never sees half a list. */
    private static void write(Path file, Map<Dihedral, PdqHash> hashes) throws IOException {
        List<HashListEntry> entries = new ArrayList<>();
        hashes.forEach((d, h) -> entries.add(new HashListEntry(h, d.label())));
        StringWriter text = new StringWriter();
        HashListFormat.write(text, entries, HashListFormat.Separator.COMMA);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".pdq", ".tmp");
        try {
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
