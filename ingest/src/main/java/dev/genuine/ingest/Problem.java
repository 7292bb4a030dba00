package dev.genuine.ingest;

import java.util.Objects;

/**
 * One thing wrong with an input, located precisely: {@code where} is the file (with {@code :line} for a feed
 * line), {@code path} the JSON path inside it (empty for the whole document), {@code message} what is wrong.
 */
public record Problem(String where, String path, String message) {
    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    /** The line to print, e.g. {@code aurelia/registry.json: marks[2].text: required for a word mark}. */
    public String text() {
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
