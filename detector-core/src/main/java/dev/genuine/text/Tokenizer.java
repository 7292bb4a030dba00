package dev.genuine.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a normalized text into runs of letters and digits, noting how each is joined to the one before. */
final class Tokenizer {
    /** What may stand between letters of one word spelled apart, besides spaces: "N.I.K.E", "Aure-lia". */
    static final String SEPARATORS = ".-_·*~+/,'’";
    private static final String LEET_SYMBOLS = "@$!|";
    private static final int MAX_GAP = 3;

    private final CommonWords commonWords;

    Tokenizer(CommonWords commonWords) {
        this.commonWords = commonWords;
    }

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            String word = text.substring(from, i);
            char symbol = 0;
            boolean joinable = false;
            if (previousEnd >= 0) {
                int gap = from - previousEnd;
                if (gap == 1 && LEET_SYMBOLS.indexOf(text.charAt(previousEnd)) >= 0) {
                    symbol = text.charAt(previousEnd);
                    joinable = true;
                } else {
                    joinable = gap <= MAX_GAP && isSeparatorRun(text, previousEnd, from);
                }
            }
            char prefix = 0;
            if (symbol == 0 && from > 0 && (text.charAt(from - 1) == '$' || text.charAt(from - 1) == '@')
                    && (from < 2 || !Character.isLetterOrDigit(text.charAt(from - 2)))) {
                prefix = text.charAt(from - 1);
            }
            tokens.add(new Token(from, i, word, joinable, symbol, prefix, isCommon(word)));
            previousEnd = i;
        }
        return tokens;
    }

    private boolean isCommon(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) return commonWords.contains(word);
        }
        return true;
    }

    private static boolean isSeparatorRun(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && SEPARATORS.indexOf(c) < 0) return false;
        }
        return true;
    }
}
