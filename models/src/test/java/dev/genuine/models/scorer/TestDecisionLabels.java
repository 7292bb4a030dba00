package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.store.Appeal;
import dev.genuine.store.ReviewItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDecisionLabels {
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-05T10:00:00Z");

    @Test
    void moderatorVerdictIsTheLabel() {
        assertTrue(DecisionLabels.label(Optional.of(review("takedown")), Optional.empty()).orElseThrow().infringing());
        assertFalse(DecisionLabels.label(Optional.of(review("allow")), Optional.empty()).orElseThrow().infringing());
    }

    @Test
    void upheldAppealTurnsATakedownIntoAFalsePositive() {
        DecisionLabels.Label label = DecisionLabels.label(Optional.of(review("takedown")), Optional.of(appeal("upheld"))).orElseThrow();
        assertFalse(label.infringing());
        assertEquals(T2, label.at());
        assertTrue(DecisionLabels.label(Optional.of(review("takedown")), Optional.of(appeal("rejected"))).orElseThrow().infringing());
    }

    @Test
    void undecidedOutcomesAreNoLabel() {
        assertEquals(Optional.empty(), DecisionLabels.label(Optional.of(review(null)), Optional.of(appeal("open"))));
        assertEquals(Optional.empty(), DecisionLabels.label(Optional.empty(), Optional.empty()));
    }

    @Test
    void labelGoesToTheJudgedHoldersCandidateOnly() {
        DecisionLabels.Label label = DecisionLabels.label(Optional.of(review("allow")), Optional.empty()).orElseThrow();
        List<Candidate> candidates = List.of(new Candidate("L-7", "rh-velmora", "Velmora", List.of()),
                new Candidate("L-7", "rh-kelvaro", "Kelvaro", List.of()));
        List<LabelledCandidate> labelled = DecisionLabels.apply(label, candidates);
        assertEquals(1, labelled.size());
        assertEquals("rh-velmora", labelled.get(0).candidate().rightsHolderId());
        assertFalse(labelled.get(0).infringing());
    }

    private static ReviewItem review(String verdict) {
        return new ReviewItem(1, "L-7", 3, 0.7, "rh-velmora", verdict == null ? "open" : "resolved", "mod", verdict, "",
                T1, verdict == null ? null : T1);
    }

    private static Appeal appeal(String status) {
        return new Appeal(1, "L-7", "m-1", "it is genuine", status, "open".equals(status) ? null : "mod2", "",
                T1, "open".equals(status) ? null : T2);
    }
}
