package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model treats each kind of case the way its labels say it should. */
class TestShippedScorer {
    private final MlpScorer shipped = ModelRepository.shipped();

    @Test
    void authorizedSellersAreNeverTakenDown() {
        assertTrue(max(CaseKind.AUTHORIZED_GENUINE) < Thresholds.DEFAULT.takedown(), "max " + max(CaseKind.AUTHORIZED_GENUINE));
    }

    @Test
    void counterfeitVocabularyScoresHighAndLegitimateLookAlikesLow() {
        assertTrue(mean(CaseKind.COUNTERFEIT_LANGUAGE) > 0.85, "counterfeit " + mean(CaseKind.COUNTERFEIT_LANGUAGE));
        assertTrue(mean(CaseKind.EVASION_SPELLING) > 0.75, "evasion " + mean(CaseKind.EVASION_SPELLING));
        for (CaseKind legitimate : List.of(CaseKind.REFERENTIAL, CaseKind.UNRELATED, CaseKind.NEAR_NAME, CaseKind.AUTHORIZED_GENUINE)) {
            assertTrue(mean(legitimate) < 0.2, legitimate + " " + mean(legitimate));
        }
    }

    private double[] scores(CaseKind kind) {
        List<Candidate> candidates = SyntheticCandidates.generate(kind, 300, 31).stream().map(LabelledCandidate::candidate).toList();
        return shipped.probabilities(candidates);
    }

    private double mean(CaseKind kind) {
        return Arrays.stream(scores(kind)).average().orElseThrow();
    }

    private double max(CaseKind kind) {
        return Arrays.stream(scores(kind)).max().orElseThrow();
    }
}
