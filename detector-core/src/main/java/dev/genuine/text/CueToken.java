package dev.genuine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word (run of letters and digits) or a single punctuation mark in a normalized text, as phrases are matched.
 *
 * @param text  the word or mark, lower case
 * @param from, to its place in the normalized text
 */
record CueToken(String text, int from, int to) {
    /** Dashes, underscores and apostrophes join words ("abal-abal", "isn't") and are passed over. */
    private static final String JOINERS = "-_'’";
    /** Marks that end a clause: a negation before one does not reach past it. */
    private static final String BREAKS = ".,;!?()[]\n|";

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isJoiner() {
        return JOINERS.indexOf(text.charAt(0)) >= 0;
    }

    boolean isBreak() {
        return BREAKS.indexOf(text.charAt(0)) >= 0;
    }

    /** Words and punctuation (whitespace dropped, line breaks kept as breaks). */
    static List<CueToken> tokens(String text) {
        List<CueToken> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int from = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
                tokens.add(new CueToken(text.substring(from, i), from, i));
            } else {
                if (c == '\n' || !Character.isWhitespace(c)) tokens.add(new CueToken(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The tokens a phrase is matched by: joiners dropped, as they are passed over in the text. */
    static List<String> phraseTokens(String phrase) {
        return tokens(phrase).stream().filter(t -> !t.isJoiner()).map(CueToken::text).toList();
    }
}
