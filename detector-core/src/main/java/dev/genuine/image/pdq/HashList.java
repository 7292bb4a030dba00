package dev.genuine.image.pdq;

import java.util.List;

/** A hash list as read: the entries that parsed, and one message per line that did not. */
public record HashList(List<HashListEntry> entries, List<String> errors) {
    public HashList {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }
}
