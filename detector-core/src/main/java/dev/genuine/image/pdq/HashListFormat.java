package dev.genuine.image.pdq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hash lists as other platforms' PDQ tools print and read them: a line per image,
 * {@code HASH,QUALITY,LABEL} (or the same separated by tabs), 64 hex digits, quality 0-100, and a label
 * that may itself contain the separator since it comes last. Blank lines, {@code #} comments and a
 * {@code hash,...} header line are skipped; a bad line is reported with its number and skipped.
 */
public final class HashListFormat {
    /** The field separator written; reading accepts either, line by line. */
    public enum Separator {
        COMMA(","), TAB("\t");

        private final String text;

        Separator(String text) {
            this.text = text;
        }
    }

    private HashListFormat() {}

    /** One line, without its line break. */
    public static String line(HashListEntry entry, Separator separator) {
        return entry.hash().toHex() + separator.text + entry.hash().quality() + separator.text + entry.label();
    }

    public static void write(Writer out, List<HashListEntry> entries, Separator separator) throws IOException {
        for (HashListEntry entry : entries) out.write(line(entry, separator) + "\n");
        out.flush();
    }

    public static HashList read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads every line; {@code source} names the input in error messages. */
    public static HashList read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<HashListEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split(line.indexOf('\t') >= 0 ? "\t" : ",", 3);
            String where = source + ":" + number + ": ";
            if (fields[0].strip().equalsIgnoreCase("hash")) continue;
            if (fields.length < 2) {
                errors.add(where + "quality: missing (expected HASH,QUALITY,LABEL)");
                continue;
            }
            int quality;
            try {
                quality = Integer.parseInt(fields[1].strip());
            } catch (NumberFormatException e) {
                errors.add(where + "quality: not a whole number: '" + fields[1].strip() + "'");
                continue;
            }
            try {
                PdqHash hash = PdqHash.parse(fields[0].strip(), quality);
                entries.add(new HashListEntry(hash, fields.length == 3 ? fields[2] : ""));
            } catch (IllegalArgumentException e) {
                errors.add(where + (e.getMessage().contains("quality") ? "quality: " : "hash: ") + e.getMessage());
            }
        }
        return new HashList(entries, errors);
    }
}
