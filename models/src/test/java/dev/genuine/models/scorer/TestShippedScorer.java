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
        double max = Arrays.stream(scores(CaseKind.AUTHORIZED_GENUINE)).max().orElseThrow();
        assertTrue(max < Thresholds.DEFAULT.takedown(), "max " + max);
    }

    @Test
    void counterfeitVocabularyScoresHighAndLegitimateLookAlikesLow() {
        double counterfeit = mean(CaseKind.COUNTERFEIT_LANGUAGE);
        double evasion = mean(CaseKind.EVASION_SPELLING);
        assertTrue(counterfeit > 0.85, "counterfeit " + counterfeit);
        assertTrue(evasion > 0.75, "evasion " + evasion);
        for (CaseKind legitimate : List.of(CaseKind.REFERENTIAL, CaseKind.UNRELATED, CaseKind.NEAR_NAME, CaseKind.AUTHORIZED_GENUINE)) {
            double mean = mean(legitimate);
            assertTrue(mean < 0.2, legitimate + " " + mean);
        }
    }

    private double[] scores(CaseKind kind) {
        List<Candidate> candidates = SyntheticCandidates.generate(kind, 300, 31).stream().map(LabelledCandidate::candidate).toList();
        return shipped.probabilities(candidates);
    }

    private double mean(CaseKind kind) {
        return Arrays.stream(scores(kind)).average().orElseThrow();
    }
}
