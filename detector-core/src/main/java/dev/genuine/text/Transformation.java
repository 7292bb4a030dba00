package dev.genuine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A named normalization step that can lie between a listing's text and a word mark; the wire names appear in
 * {@link MarkMatch#transformations()} and in evidence ("'Ad1das' -> 'adidas' (leetspeak)").
 */
public enum Transformation {
    /** Unicode compatibility forms: full-width letters, ligatures, styled mathematical letters. */
    NFKC("nfkc"),
    /** Zero-width and other format characters (ZWJ, ZWNJ, U+200B, soft hyphen, BOM) removed. */
    INVISIBLE("invisible"),
    /**
     * Cyrillic, Greek and other lookalike letters mapped to Latin by their UTS #39 skeleton, or a capital I and a
     * small l passed off as each other ("AppIe").
     */
    CONFUSABLE("confusable"),
    /** Accents and other diacritics removed (Ó to o, å to a). */
    DIACRITICS("diacritics"),
    /** Digits and symbols standing for letters (0 to o, 1 to i or l, 3 to e, 4 to a, 5 to s, 7 to t, @, $). */
    LEETSPEAK("leetspeak"),
    /** Single letters split by spaces, dots, dashes, underscores or symbols, joined back. */
    SPLIT_LETTERS("split-letters"),
    /** The mark's words written together or apart differently from the registered form. */
    SPACING("spacing"),
    /** A letter repeated more often than in the mark (Niiike). */
    REPEATED_LETTERS("repeated-letters"),
    /** Two adjacent letters swapped. */
    TYPO_SWAP("typo:swap"),
    /** One letter of the mark left out. */
    TYPO_DROP("typo:drop"),
    /** One letter added to the mark. */
    TYPO_INSERT("typo:insert"),
    /** One letter of the mark replaced by another. */
    TYPO_SUBSTITUTE("typo:substitute");

    private final String wireName;

    Transformation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The wire names of the transformations whose bits are set, in declaration order. */
    static List<String> names(int bits) {
        List<String> names = new ArrayList<>();
        for (Transformation t : values()) {
            if ((bits & t.bit()) != 0) names.add(t.wireName);
        }
        return names;
    }
}
