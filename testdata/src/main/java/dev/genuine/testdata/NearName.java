package dev.genuine.testdata;

import java.util.Locale;
import java.util.Objects;

/**
 * A name that looks like a registered brand but is a word or brand of its own, with a listing title that
 * uses it; {@code kind} is {@code similar-name} (one or two letters off; a maker one letter off sells in another
 * trade, as makers with near-identical names do) or {@code other-brand}.
 */
public record NearName(String name, String kind, String title, String category) {
    public NearName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        if (!kind.equals("similar-name") && !kind.equals("other-brand")) {
            throw new IllegalArgumentException("near-name kind must be similar-name or other-brand: " + kind);
        }
        if (!title.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("near-name title must contain '" + name + "': " + title);
        }
    }
}
