package dev.genuine.image.pdq;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The reference PDQ vectors in the shared folder next to the repository, found by walking up. */
final class SharedVectors {
    /** One row: an image under the shared folder and the reference tool's hashes for it. */
    record Row(Path image, List<String> hashes, int quality) {}

    private SharedVectors() {}

    static Path sharedDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("pdq-vectors.tsv"))) return candidate;
        }
        Assumptions.abort("no shared/pdq-vectors.tsv above " + Path.of("").toAbsolutePath());
        throw new AssertionError("unreachable");
    }

    /** Rows of {@code path hash quality}. */
    static List<Row> hashes() {
        return read("pdq-vectors.tsv", true);
    }

    /** Rows of {@code path original rot90 rot180 rot270 flipX flipY flipPlus1 flipMinus1}. */
    static List<Row> dihedral() {
        return read("pdq-dihedral-vectors.tsv", false);
    }

    private static List<Row> read(String name, boolean withQuality) {
        Path shared = sharedDir();
        try {
            return Files.readAllLines(shared.resolve(name)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> withQuality
                            ? new Row(shared.resolve(f[0]), List.of(f[1]), Integer.parseInt(f[2].trim()))
                            : new Row(shared.resolve(f[0]), Arrays.asList(f).subList(1, f.length), -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
