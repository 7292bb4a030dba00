package dev.genuine.text;

import java.util.LinkedHashSet;
import java.util.Set;

/** One-typo arithmetic: optimal-string-alignment distance 1, its kind, and the one-deletion neighbourhood. */
final class Typos {
    private Typos() {}

    /** The kind of the single typo that turns {@code mark} into {@code written}, or null if it takes more (or none). */
    static Transformation kind(String written, String mark) {
        int w = written.length();
        int m = mark.length();
        if (w == m - 1) return isOneDeletion(mark, written) ? Transformation.TYPO_DROP : null;
        if (w == m + 1) return isOneDeletion(written, mark) ? Transformation.TYPO_INSERT : null;
        if (w != m) return null;
        int first = -1;
        int differences = 0;
        for (int i = 0; i < w; i++) {
            if (written.charAt(i) != mark.charAt(i)) {
                if (differences++ == 0) first = i;
            }
        }
        if (differences == 1) return Transformation.TYPO_SUBSTITUTE;
        boolean swap = differences == 2 && first + 1 < w
                && written.charAt(first) == mark.charAt(first + 1) && written.charAt(first + 1) == mark.charAt(first);
        return swap ? Transformation.TYPO_SWAP : null;
    }

    /** True when deleting exactly one character of {@code longer} gives {@code shorter}. */
    static boolean isOneDeletion(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) i++;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** Every string made by deleting one character (without duplicates). */
    static Set<String> deletions(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) continue;
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    /** Runs of one repeated letter shortened to one: "niiike" to "nike". */
    static String collapseRepeats(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) b.append(s.charAt(i));
        }
        return b.toString();
    }

    /**
     * True when {@code written} is {@code mark} with some of its letters repeated more often (never fewer):
     * "niiike" repeats "nike", but "shel" does not repeat "shell".
     */
    static boolean repeats(String written, String mark) {
        int i = 0;
        int j = 0;
        while (i < written.length() && j < mark.length()) {
            char c = mark.charAt(j);
            if (written.charAt(i) != c) return false;
            int runMark = 0;
            while (j < mark.length() && mark.charAt(j) == c) { j++; runMark++; }
            int runWritten = 0;
            while (i < written.length() && written.charAt(i) == c) { i++; runWritten++; }
            if (runWritten < runMark) return false;
        }
        return i == written.length() && j == mark.length() && written.length() > mark.length();
    }
}
