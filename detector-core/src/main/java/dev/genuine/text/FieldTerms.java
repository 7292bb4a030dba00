package dev.genuine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of one listing, normalized and read as terms, with the lookups verification needs (built on first
 * use: most listings have no candidate mark at all).
 */
final class FieldTerms {
    private final TextField field;
    private final NormalizedText text;
    private final List<Term> terms;
    private final int maxTypoLength;
    private Map<String, List<Term>> byText;
    private Map<String, List<Term>> byCollapsed;
    private Map<String, List<Term>> byDeletion;

    FieldTerms(TextField field, NormalizedText text, List<Term> terms, int maxTypoLength) {
        this.field = field;
        this.text = text;
        this.terms = terms;
        this.maxTypoLength = maxTypoLength;
    }

    TextField field() {
        return field;
    }

    NormalizedText text() {
        return text;
    }

    List<Term> terms() {
        return terms;
    }

    /**
     * True when the term may be read as a one-typo spelling of a mark: not an ordinary word, not made only of
     * ordinary words, letters only, of a length a typo-tolerant mark can have, at most two words.
     */
    boolean isTypoCandidate(Term t) {
        int n = t.text().length();
        if (t.common() || t.allCommonParts() || t.parts() > 2) return false;
        if (n < MarkForm.MIN_CORROBORATED_TYPO_LENGTH - 1 || n > maxTypoLength) return false;
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(t.text().charAt(i))) return false;
        }
        return true;
    }

    List<Term> withText(String key) {
        if (byText == null) {
            byText = new HashMap<>();
            for (Term t : terms) byText.computeIfAbsent(t.text(), k -> new ArrayList<>(1)).add(t);
        }
        return byText.getOrDefault(key, List.of());
    }

    List<Term> withCollapsed(String collapsed) {
        if (byCollapsed == null) {
            byCollapsed = new HashMap<>();
            for (Term t : terms) {
                String c = Typos.collapseRepeats(t.text());
                if (c.length() < t.text().length()) byCollapsed.computeIfAbsent(c, k -> new ArrayList<>(1)).add(t);
            }
        }
        return byCollapsed.getOrDefault(collapsed, List.of());
    }

    /** Typo candidates equal to {@code s} or one deletion away from it. */
    List<Term> withDeletion(String s) {
        if (byDeletion == null) {
            byDeletion = new HashMap<>();
            for (Term t : terms) {
                if (!isTypoCandidate(t)) continue;
                byDeletion.computeIfAbsent(t.text(), k -> new ArrayList<>(1)).add(t);
                for (String d : Typos.deletions(t.text())) byDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(t);
            }
        }
        return byDeletion.getOrDefault(s, List.of());
    }
}
