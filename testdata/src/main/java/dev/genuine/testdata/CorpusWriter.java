package dev.genuine.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a corpus to a folder, first removing the image and registry folders a previous run left there. */
final class CorpusWriter {
    private CorpusWriter() {
    }

    static void write(Corpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        // Only the generator's own sub-folders are cleared, so stale images of a larger run cannot linger.
        for (String owned : List.of("img", "registry")) {
            deleteTree(dir.resolve(owned));
        }
        for (Map.Entry<String, byte[]> file : corpus.files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
