package dev.genuine.text;

import java.util.Locale;

/**
 * The key two word marks are compared by: two marks with the same key are the same mark for matching
 * purposes (used at registry import to report conflicts between rights holders).
 */
public final class MarkKeys {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private MarkKeys() {}

    /**
     * NFKC, invisible characters removed, confusable letters to Latin, case and diacritics folded, then
     * everything but letters and digits dropped (so spacing does not count). Leetspeak is not decoded: a mark
     * may contain digits on purpose.
     */
    public static String key(String markText) {
        String normalized = NORMALIZER.normalize(markText).text();
        StringBuilder b = new StringBuilder(normalized.length());
        normalized.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Lower case with spaces and separators removed: what "written exactly as registered" compares. */
    static String plain(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> !Character.isWhitespace(c) && Tokenizer.SEPARATORS.indexOf(c) < 0)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
