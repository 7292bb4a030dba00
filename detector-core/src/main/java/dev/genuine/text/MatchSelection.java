package dev.genuine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a listing's verified matches to the ones worth reporting: the best reading of each stretch of text, no
 * fuzzy match where another mark is written exactly, and no mark spelled out in letters inside a longer mark
 * spelled out in the same letters. Every occurrence of a mark is kept: where each one stands matters (a brand
 * disclaimed in one sentence may be named as what the item fits in the next).
 */
final class MatchSelection {
    private MatchSelection() {}

    private static final Comparator<MarkMatch> BEST_FIRST = Comparator
            .comparingInt(MarkMatch::editDistance)
            .thenComparingInt((MarkMatch m) -> m.transformations().size())
            .thenComparingInt(m -> -m.matchedText().length())
            .thenComparingInt(MarkMatch::start);

    static List<MarkMatch> select(List<MarkMatch> found) {
        List<MarkMatch> sorted = new ArrayList<>(found);
        sorted.sort(BEST_FIRST);
        List<MarkMatch> kept = new ArrayList<>();
        for (MarkMatch m : sorted) {
            boolean shadowed = kept.stream().anyMatch(k -> k.field() == m.field() && overlaps(k, m)
                    && (k.markId().equals(m.markId()) || (isPlain(k) && !isPlain(m)) || isLongerSpelling(k, m)));
            if (shadowed) continue;
            kept.add(m);
        }
        kept.sort(Comparator.comparing(MarkMatch::field).thenComparingInt(MarkMatch::start));
        return kept;
    }

    /** Both spelled out letter by letter, and {@code k} reads more of the letters than {@code m}. */
    private static boolean isLongerSpelling(MarkMatch k, MarkMatch m) {
        String split = Transformation.SPLIT_LETTERS.wireName();
        return k.transformations().contains(split) && m.transformations().contains(split)
                && k.matchedText().length() > m.matchedText().length();
    }

    /** Written as the mark after normalization, without a typo or extra repeated letters. */
    private static boolean isPlain(MarkMatch m) {
        return m.editDistance() == 0 && !m.transformations().contains(Transformation.REPEATED_LETTERS.wireName());
    }

    private static boolean overlaps(MarkMatch a, MarkMatch b) {
        return a.start() < b.start() + b.matchedText().length() && b.start() < a.start() + a.matchedText().length();
    }
}
