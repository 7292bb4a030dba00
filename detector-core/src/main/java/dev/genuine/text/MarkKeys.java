package dev.genuine.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two word marks are compared by: two marks with the same key are the same mark for matching
 * purposes (used at registry import to report conflicts between rights holders).
 */
public final class MarkKeys {
    private MarkKeys() {}

    /** NFKC, case and diacritics folded, everything but letters and digits dropped. */
    public static String key(String markText) {
        String s = Normalizer.normalize(markText, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
