package dev.genuine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled word and phrase lists: one entry a line, '#' starts a comment, blank lines ignored. */
final class PhraseResources {
    private PhraseResources() {}

    /** The entries of a resource next to {@code anchor}, lower-cased and with runs of spaces made single. */
    static List<String> lines(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled resource " + name);
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().replaceAll("\\s+", " ");
                if (!entry.isEmpty()) out.add(entry.toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
