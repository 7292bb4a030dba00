package dev.genuine.text;

/**
 * One way to read a stretch of a listing's normalized text as a compact word: one or more adjacent tokens
 * joined, possibly leet-decoded. Matched against marks' compact keys.
 *
 * @param text           the compact reading, lower case, no separators
 * @param from, to       the stretch in the normalized text
 * @param steps          transformation bits of the reading itself (leetspeak, split letters)
 * @param shape          the token lengths ("7 5"), to tell a mark written together or apart; null if not comparable
 * @param parts          tokens read together, a run of single letters counting as one
 * @param common         the reading is an ordinary word, so never a typo of a mark
 * @param anyCommonPart  one of its tokens is an ordinary word (or a number)
 * @param allCommonParts every one of its tokens is an ordinary word (or a number)
 */
record Term(String text, int from, int to, int steps, String shape, int parts, boolean common, boolean anyCommonPart,
            boolean allCommonParts) {
    boolean has(Transformation t) {
        return (steps & t.bit()) != 0;
    }
}
