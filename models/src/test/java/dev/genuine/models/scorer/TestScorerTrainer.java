package dev.genuine.models.scorer;

import dev.genuine.models.card.ModelCard;
import dev.genuine.models.card.ModelMetrics;
import dev.genuine.score.Candidate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestScorerTrainer {
    @Test
    void calibratedModelIsReliableAndBetterCalibratedThanTheRawNetwork() {
        // Fresh held-out data, large enough that the ECE measures the model rather than sampling noise.
        List<LabelledCandidate> heldOut = SyntheticCandidates.generate(4000, 99);
        MlpScorer scorer = ScorerFixture.trained().scorer();
        List<Candidate> candidates = heldOut.stream().map(LabelledCandidate::candidate).toList();
        boolean[] labels = ModelEvaluation.labels(heldOut);
        ModelMetrics raw = ModelEvaluation.evaluate(scorer.rawScores(candidates), labels, Thresholds.DEFAULT);
        ModelMetrics calibrated = ModelEvaluation.evaluate(scorer, heldOut, Thresholds.DEFAULT);
        assertTrue(calibrated.ece() < 0.05, "calibrated ECE " + calibrated.ece());
        assertTrue(calibrated.ece() < raw.ece(), "calibrated " + calibrated.ece() + " vs raw " + raw.ece());
        assertTrue(calibrated.auc() > 0.9, "AUC " + calibrated.auc());
    }

    @Test
    void sameSeedGivesSameModelAndCard() {
        List<LabelledCandidate> examples = SyntheticCandidates.generate(400, 3);
        TrainingConfig config = TrainingConfig.defaults(11, SyntheticCandidates.AS_OF).withEpochs(5);
        ModelCard first = ScorerTrainer.train(examples, config).scorer().card();
        ModelCard second = ScorerTrainer.train(examples, config).scorer().card();
        assertEquals(first.toJson(), second.toJson());
    }

    @Test
    void differentSeedGivesADifferentVersion() {
        List<LabelledCandidate> examples = SyntheticCandidates.generate(300, 3);
        String a = ScorerTrainer.train(examples, TrainingConfig.defaults(1, SyntheticCandidates.AS_OF).withEpochs(2)).scorer().version();
        String b = ScorerTrainer.train(examples, TrainingConfig.defaults(2, SyntheticCandidates.AS_OF).withEpochs(2)).scorer().version();
        assertNotEquals(a, b);
    }

    @Test
    void cardRecordsDataHashSchemaAndCreatedFromTheData() {
        ModelCard card = ScorerFixture.trained().scorer().card();
        assertEquals(ScorerTrainer.trainingDataHash(ScorerFixture.examples()), card.trainingDataHash());
        assertEquals(FeatureSchema.CURRENT.names(), card.features());
        assertEquals(SyntheticCandidates.AS_OF.toString(), card.created());
        assertEquals(ScorerFixture.EXAMPLES, card.trainingExamples());
    }

    @Test
    void refusesDataWithOneLabelOnly() {
        List<LabelledCandidate> allGood = SyntheticCandidates.generate(50, 1).stream()
                .map(e -> new LabelledCandidate(e.candidate(), false)).toList();
        assertThrows(IllegalArgumentException.class,
                () -> ScorerTrainer.train(allGood, TrainingConfig.defaults(1, SyntheticCandidates.AS_OF)));
    }
}
