package dev.genuine.models.scorer;

import dev.genuine.models.card.ModelMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestModelRepository {
    @TempDir
    Path home;

    @Test
    void emptyHomeFallsBackToTheShippedModel() {
        ModelRepository repository = new ModelRepository(home.resolve("models"));
        assertEquals(List.of(), repository.versions());
        assertEquals(Optional.empty(), repository.currentVersion());
        MlpScorer current = repository.current();
        assertEquals(ModelRepository.shipped().version(), current.version());
        assertEquals(ScorerTrainer.MODEL_NAME, current.card().name());
    }

    @Test
    void savedVersionIsListedAndBecomesCurrentOnlyWhenPromoted() {
        ModelRepository repository = new ModelRepository(home.resolve("models"));
        MlpScorer trained = ScorerFixture.trained().scorer();
        repository.save(trained);
        assertEquals(List.of(trained.version()), repository.versions());
        assertEquals(ModelRepository.shipped().version(), repository.current().version());
        repository.promote(trained.version());
        assertEquals(Optional.of(trained.version()), repository.currentVersion());
        assertEquals(trained.card(), repository.current().card());
    }

    @Test
    void refusesUnknownOrUnsafeVersions() {
        ModelRepository repository = new ModelRepository(home.resolve("models"));
        assertThrows(IllegalArgumentException.class, () -> repository.promote("mlp-nothing"));
        assertThrows(IllegalArgumentException.class, () -> repository.load("../escape"));
    }

    @Test
    void shippedModelMeetsItsRecordedBar() {
        MlpScorer shipped = ModelRepository.shipped();
        assertTrue(shipped.card().metrics().ece() < 0.05, "ECE " + shipped.card().metrics().ece());
        assertTrue(shipped.card().metrics().auc() > 0.9, "AUC " + shipped.card().metrics().auc());
        // The shipped files match the generator that made them, and reproduce the card's figures on its held-out split.
        List<LabelledCandidate> examples = ShippedModelTraining.examples();
        assertEquals(ScorerTrainer.trainingDataHash(examples), shipped.card().trainingDataHash());
        ModelMetrics measured = ModelEvaluation.evaluate(shipped, ScorerTrainer.heldOut(examples, ShippedModelTraining.config()), Thresholds.DEFAULT);
        assertEquals(shipped.card().metrics().auc(), measured.auc(), 1e-6);
        assertEquals(shipped.card().metrics().ece(), measured.ece(), 1e-6);
    }
}
