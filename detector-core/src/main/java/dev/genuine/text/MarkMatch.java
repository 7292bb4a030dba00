package dev.genuine.text;

import java.util.List;

/**
 * A word mark found in a listing's text, verified: which mark, where, the text as the listing wrote it, and
 * the normalization steps (e.g. "leetspeak", "confusable", "split-letters", "typo:swap") that led to it.
 *
 * @param markForm         the mark text or alias that matched, as registered
 * @param matchedText      the listing's own characters that matched (for evidence and highlighting)
 * @param start            offset of matchedText in the field's original text ({@link TextField#textOf}: for
 *                         REVIEW, the reviews joined by a line break)
 * @param transformations  named normalization steps that were needed, as {@link Transformation} wire names in
 *                         declaration order; empty for a plain match (case alone is no transformation)
 * @param editDistance     0 for an exact match after normalization, 1 for one typo
 * @param markIsCommonWord the mark is also an ordinary word (needs supporting context)
 * @param needsCorroboration a typo of a mark too short for typos alone: it counts only beside counterfeit
 *                         vocabulary ({@link CorroboratedMatches})
 */
public record MarkMatch(String markId, String rightsHolderId, String brand, String markForm, TextField field,
                        String matchedText, int start, List<String> transformations, int editDistance,
                        boolean markIsCommonWord, boolean needsCorroboration) {
    public MarkMatch {
        transformations = List.copyOf(transformations);
    }

    /** A match that stands on its own. */
    public MarkMatch(String markId, String rightsHolderId, String brand, String markForm, TextField field,
                     String matchedText, int start, List<String> transformations, int editDistance, boolean markIsCommonWord) {
        this(markId, rightsHolderId, brand, markForm, field, matchedText, start, transformations, editDistance, markIsCommonWord, false);
    }

    public boolean isExact() {
        return editDistance == 0 && transformations.isEmpty();
    }

    /** Evidence wording: "title contains 'Aur3lia' (leetspeak of 'Aurelia')", or "title contains 'Aurelia'". */
    public String describe() {
        String found = field.wireName() + " contains '" + matchedText + "'";
        return isExact() ? found : found + " (" + String.join(", ", transformations) + " of '" + markForm + "')";
    }
}
