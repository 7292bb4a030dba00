package dev.genuine.ingest.registry;

import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.ingest.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One registry file read and validated: the rights holder's entry when the file is valid, otherwise every
 * problem found in it (and no entry: an invalid file imports nothing). {@code imageFiles} maps each image path
 * as written in the file to the real file it was read from, for copying into the image store.
 */
public record RegistryFile(Path file, RightsHolderEntry entry, List<Problem> problems, Map<String, Path> imageFiles) {
    public RegistryFile {
        problems = List.copyOf(problems);
        imageFiles = Map.copyOf(imageFiles);
        if ((entry == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a registry file has either an entry or problems: " + file);
        }
    }

    static RegistryFile invalid(Path file, List<Problem> problems) {
        return new RegistryFile(file, null, problems, Map.of());
    }

    public boolean isValid() {
        return entry != null;
    }

    /** The problems as printable lines, e.g. {@code aurelia/registry.json: marks[2].text: required for a word mark}. */
    public List<String> messages() {
        return problems.stream().map(Problem::text).toList();
    }

    /**
     * One line about the file: {@code aurelia/registry.json: valid: rh-aurelia (2 marks, 1 product, 1 authorized
     * seller)}, or {@code aurelia/registry.json: 3 problems}.
     */
    public String summary() {
        if (!isValid()) return name() + ": " + count(problems.size(), "problem");
        return name() + ": valid: " + describe(entry);
    }

    /** e.g. {@code rh-aurelia (2 marks, 1 product, 1 authorized seller)}. */
    static String describe(RightsHolderEntry e) {
        return e.id() + " (" + count(e.marks().size(), "mark") + ", " + count(e.products().size(), "product") + ", "
                + count(e.authorizedSellers().size(), "authorized seller") + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The file as named to the reader, for messages. */
    public String name() {
        return file.toString();
    }
}
