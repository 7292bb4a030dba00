package dev.genuine.ingest.feed;

import java.nio.file.Path;
import java.util.Locale;

/** A listing feed's file format, told by its extension. */
public enum FeedFormat {
    /** One JSON object a line ({@code .jsonl}, {@code .ndjson}). */
    JSON_LINES,
    /** A header row then one listing a row ({@code .csv}); see {@link CsvRecords} for the columns. */
    CSV;

    /** The format of {@code file}, looking through a {@code .gz} suffix ({@code feed.jsonl.gz} is JSON Lines). */
    public static FeedFormat of(Path file) throws FeedException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (isGzip(file)) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSON_LINES;
        if (name.endsWith(".csv")) return CSV;
        throw new FeedException(file + ": unknown feed format (expected a .jsonl or .csv file, or either gzipped with .gz)");
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
