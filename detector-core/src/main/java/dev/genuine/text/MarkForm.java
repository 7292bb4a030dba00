package dev.genuine.text;

import dev.genuine.domain.Mark;

import java.util.Objects;

/**
 * One matchable form of a word mark (its text or an alias), reduced to the compact key listings are read against.
 *
 * @param markIndex  its mark's place in the index (its mark's stored query's id)
 * @param form       the text or alias as registered
 * @param key        normalized, lower case, letters and digits only ("aureliasport")
 * @param shape      the word lengths of the form ("7 5"), to tell a listing writing it together or apart
 * @param plain      the form lower-cased without spaces and separators, to tell whether the listing wrote it as is
 * @param commonWord the key is an ordinary word, so a match needs supporting context
 */
record MarkForm(int markIndex, Mark mark, String form, String key, String shape, String plain, boolean commonWord) {
    MarkForm {
        Objects.requireNonNull(mark, "mark");
        if (key.isEmpty()) throw new IllegalArgumentException("mark " + mark.id() + " form '" + form + "' has no letters");
    }

    /** Marks shorter than this need an exact match on their own: one typo in a short word makes another word. */
    static final int MIN_TYPO_LENGTH = 5;
    /**
     * Marks of this length up to {@link #MIN_TYPO_LENGTH} are read with one typo too, but such a match counts only
     * beside counterfeit vocabulary ({@link CorroboratedMatches}): "Nkie KW super" is a disguise, "Nkie" alone may be
     * anything. Three letters are too few: most of their neighbours are other names.
     */
    static final int MIN_CORROBORATED_TYPO_LENGTH = 4;

    /** Four letters or more, and not an ordinary word (whose one-typo neighbours are other words and names). */
    boolean allowsTypo() {
        return key.length() >= MIN_CORROBORATED_TYPO_LENGTH && !commonWord;
    }

    /** A typo of this form counts only beside counterfeit vocabulary. */
    boolean typoNeedsCorroboration() {
        return key.length() < MIN_TYPO_LENGTH;
    }

    String collapsed() {
        return Typos.collapseRepeats(key);
    }
}
