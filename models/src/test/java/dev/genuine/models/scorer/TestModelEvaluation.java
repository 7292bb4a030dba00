package dev.genuine.models.scorer;

import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.card.ThresholdMetrics;
import dev.genuine.score.Candidate;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.score.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestModelEvaluation {
    @Test
    void aucCountsOrderedPairsAndTiesHalf() {
        assertEquals(1, ModelEvaluation.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}), 1e-12);
        assertEquals(0, ModelEvaluation.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {false, false, true, true}), 1e-12);
        assertEquals(0.5, ModelEvaluation.auc(new double[] {0.5, 0.5}, new boolean[] {false, true}), 1e-12);
        assertEquals(0.75, ModelEvaluation.auc(new double[] {0.1, 0.6, 0.5, 0.9}, new boolean[] {false, false, true, true}), 1e-12);
    }

    @Test
    void precisionAndRecallAtAThreshold() {
        ThresholdMetrics m = ModelEvaluation.at("takedown", 0.9, new double[] {0.95, 0.92, 0.91, 0.5, 0.1},
                new boolean[] {true, true, false, true, false});
        assertEquals(3, m.flagged());
        assertEquals(2.0 / 3, m.precision(), 1e-12);
        assertEquals(2.0 / 3, m.recall(), 1e-12);
    }

    @Test
    void compareMeasuresBothScorersOnTheSameData() {
        List<LabelledCandidate> heldOut = SyntheticCandidates.generate(600, 8);
        MlpScorer learned = ScorerFixture.trained().scorer();
        // A flat 0.95 takes everything down: precision is the base rate, AUC 0.5.
        ModelEvaluation.Comparison comparison = ModelEvaluation.compare(learned, constant(0.95), heldOut, Thresholds.DEFAULT);
        ModelMetrics flat = comparison.currentMetrics();
        assertEquals(0.5, flat.auc(), 1e-12);
        assertEquals(600, flat.at("takedown").flagged());
        assertEquals(600, comparison.candidateMetrics().examples());
        assertTrue(comparison.candidateIsBetter());
        assertFalse(ModelEvaluation.compare(constant(0.95), learned, heldOut, Thresholds.DEFAULT).candidateIsBetter());
    }

    private static Scorer constant(double score) {
        return new Scorer() {
            public String name() {
                return "constant";
            }

            public String version() {
                return "1";
            }

            public List<ScoredCandidate> score(List<Candidate> candidates) {
                return candidates.stream().map(c -> new ScoredCandidate(c, score, List.of())).toList();
            }
        };
    }
}
