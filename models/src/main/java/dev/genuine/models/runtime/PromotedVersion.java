package dev.genuine.models.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file in a model folder naming its promoted version. It is replaced in one move, so a scan starting while a
 * model is promoted reads either the old version or the new one, never half a name.
 */
public final class PromotedVersion {
    /** The pointer file's name; never a valid version name. */
    public static final String FILE = "current";

    private final Path folder;

    public PromotedVersion(Path folder) {
        this.folder = folder;
    }

    public void set(String version) {
        try {
            Files.createDirectories(folder);
            Path pending = Files.createTempFile(folder, FILE, ".tmp");
            Files.writeString(pending, version + "\n");
            Files.move(pending, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot promote " + version + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The promoted version, if any. */
    public Optional<String> get() {
        Path pointer = folder.resolve(FILE);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        try {
            return Optional.of(Files.readString(pointer).trim()).filter(v -> !v.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }
}
