package dev.genuine.text;

import dev.genuine.domain.Mark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the candidate marks the presearch found against one listing exactly (same key, repeated letters, or
 * one typo under the guards), and names the transformations each match needed. A mark that is an ordinary word
 * gets no typo tolerance: the neighbours of a word are other words and names ("shelly" is not "shell").
 */
final class MatchVerifier {

    /** Every verified occurrence of the candidate forms in the listing's fields, before de-duplication. */
    List<MarkMatch> verify(List<FieldTerms> fields, Collection<MarkForm> candidates) {
        List<MarkMatch> found = new ArrayList<>();
        for (FieldTerms field : fields) {
            for (MarkForm form : candidates) {
                for (Term t : field.withText(form.key())) {
                    if (isSpacedShortMarkOfWords(t, form)) continue;
                    found.add(match(field, form, t, 0));
                }
                for (Term t : field.withCollapsed(form.collapsed())) {
                    if (!t.common() && Typos.repeats(t.text(), form.key())) {
                        found.add(match(field, form, t, Transformation.REPEATED_LETTERS.bit()));
                    }
                }
                if (form.allowsTypo()) addTypos(field, form, found);
            }
        }
        return found;
    }

    private void addTypos(FieldTerms field, MarkForm form, List<MarkMatch> found) {
        Map<Term, Boolean> seen = new IdentityHashMap<>();
        List<String> probes = new ArrayList<>(Typos.deletions(form.key()));
        probes.add(form.key());
        for (String probe : probes) {
            for (Term t : field.withDeletion(probe)) {
                if (seen.put(t, Boolean.TRUE) != null) continue;
                Transformation typo = Typos.kind(t.text(), form.key());
                if (typo != null) found.add(match(field, form, t, typo.bit()));
            }
        }
    }

    /**
     * A short or common-word mark read across words, one of them an ordinary word ("di to" for a mark "Dito"), is
     * a coincidence, not the mark.
     */
    private static boolean isSpacedShortMarkOfWords(Term t, MarkForm form) {
        boolean weak = form.key().length() < MarkForm.MIN_TYPO_LENGTH || form.commonWord();
        return weak && isSpaced(t, form) && t.anyCommonPart();
    }

    private static boolean isSpaced(Term t, MarkForm form) {
        return t.shape() != null && !t.shape().equals(form.shape());
    }

    /** Words in a shape ("7 5" has two); 0 for a reading whose words are not comparable. */
    private static int wordCount(String shape) {
        return shape == null ? 0 : shape.split(" ").length;
    }

    private static MarkMatch match(FieldTerms field, MarkForm form, Term t, int extraSteps) {
        NormalizedText text = field.text();
        String written = text.originalText(t.from(), t.to());
        int steps = t.steps() | extraSteps;
        boolean spaced = extraSteps == 0 ? isSpaced(t, form)
                : t.shape() != null && wordCount(t.shape()) != wordCount(form.shape());
        if (spaced) {
            steps |= Transformation.SPACING.bit();
        }
        if (!MarkKeys.plain(written).equals(form.plain())) steps |= text.stepBits(t.from(), t.to());
        int distance = (extraSteps & ~Transformation.REPEATED_LETTERS.bit()) != 0 ? 1 : 0;
        Mark mark = form.mark();
        return new MarkMatch(mark.id(), mark.rightsHolderId(), mark.brand(), form.form(), field.field(), written,
                text.originalStart(t.from()), Transformation.names(steps), distance, form.commonWord(),
                distance == 1 && form.typoNeedsCorroboration());
    }
}
