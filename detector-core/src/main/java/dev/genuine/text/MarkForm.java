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

    /** Marks shorter than this need an exact match: one typo in a short word makes another word. */
    static final int MIN_TYPO_LENGTH = 5;

    /** Five letters or more, and not an ordinary word (whose one-typo neighbours are other words and names). */
    boolean allowsTypo() {
        return key.length() >= MIN_TYPO_LENGTH && !commonWord;
    }

    String collapsed() {
        return Typos.collapseRepeats(key);
    }
}
