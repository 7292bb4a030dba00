package dev.genuine.models.scorer;

import dev.genuine.models.training.PipelineTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void theShippedVersionCanBePromotedAndIsKeptInTheFolder() {
        ModelRepository repository = new ModelRepository(home.resolve("models"));
        MlpScorer shipped = ModelRepository.shipped();
        repository.promote(shipped.version());
        assertEquals(List.of(shipped.version()), repository.versions());
        assertEquals(Optional.of(shipped.version()), repository.currentVersion());
        assertEquals(shipped.card(), repository.current().card());
        List<dev.genuine.score.Candidate> sample = SyntheticCandidates.generate(50, 3).stream().map(LabelledCandidate::candidate).toList();
        assertArrayEquals(shipped.probabilities(sample), repository.current().probabilities(sample), "the stored copy scores as the shipped one");
    }

    @Test
    void refusesUnknownOrUnsafeVersions() {
        ModelRepository repository = new ModelRepository(home.resolve("models"));
        assertThrows(IllegalArgumentException.class, () -> repository.promote("mlp-nothing"));
        assertThrows(IllegalArgumentException.class, () -> repository.load("../escape"));
    }

    @Test
    void shippedModelMeetsItsRecordedBar() {
        // Retraining it takes minutes (ShippedModel, see SCORER.md); this checks the card it shipped with.
        MlpScorer shipped = ModelRepository.shipped();
        assertEquals(PipelineTraining.DEFAULT_SEED, shipped.card().seed());
        assertEquals(FeatureSchema.CURRENT.names(), shipped.card().features());
        assertTrue(shipped.card().metrics().ece() < 0.05, "ECE " + shipped.card().metrics().ece());
        assertTrue(shipped.card().metrics().auc() > 0.95, "AUC " + shipped.card().metrics().auc());
        // The card's held-out split is small (about 110 takedowns): 0.97 allows three false ones. The shipped model has
        // three, each a lone weak logo or photo match (models/SCORER.md); on the shared bench its precision is 1.000.
        assertTrue(shipped.card().metrics().at("takedown").precision() >= 0.97, "takedown precision " + shipped.card().metrics().at("takedown").precision());
    }
}
