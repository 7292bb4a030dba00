package dev.genuine.image.pdq;

import java.util.Objects;

/** One line of a hash list: a hash (with its quality) and a free-text label, often a file name or id. */
public record HashListEntry(PdqHash hash, String label) {
    public HashListEntry {
        Objects.requireNonNull(hash, "hash");
        label = label == null ? "" : label;
        if (label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a hash list label cannot contain a line break: " + label.strip());
        }
    }
}
