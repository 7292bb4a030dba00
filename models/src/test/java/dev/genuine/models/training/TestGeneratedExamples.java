package dev.genuine.models.training;

import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.models.scorer.ModelEvaluation;
import dev.genuine.models.scorer.ModelRepository;
import dev.genuine.policy.Policy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidates of a tiny generated corpus passed through the pipeline, and the shipped model on them. */
class TestGeneratedExamples {
    @TempDir
    static Path work;
    static GeneratedExamples.Result data;

    @BeforeAll
    static void build() throws IOException {
        PipelineTraining.Settings tiny = new PipelineTraining.Settings(4242, 4, false, 1);
        data = GeneratedExamples.build(tiny.generator(), false, work, Policy.DEFAULT, line -> {});
    }

    @Test
    void aListingInfringesAtMostOneRightsHolderAndBothLabelsOccur() {
        assertEquals(44, data.listings());
        Map<String, Long> infringingPerListing = data.examples().stream().filter(LabelledCandidate::infringing)
                .collect(Collectors.groupingBy(e -> e.candidate().listingId(), Collectors.counting()));
        assertTrue(infringingPerListing.values().stream().allMatch(n -> n == 1), infringingPerListing.toString());
        assertTrue(infringingPerListing.size() >= 10, "infringing listings with a candidate: " + infringingPerListing.size());
        assertTrue(data.examples().stream().anyMatch(e -> !e.infringing()));
    }

    @Test
    void theSameCorpusGivesTheSameExamples() throws IOException {
        PipelineTraining.Settings tiny = new PipelineTraining.Settings(4242, 4, false, 1);
        GeneratedExamples.Result again = GeneratedExamples.build(tiny.generator(), false, work.resolve("again"), Policy.DEFAULT, line -> {});
        assertEquals(data.examples(), again.examples());
        assertEquals(data.dataAsOf(), again.dataAsOf());
    }

    @Test
    void shippedModelSeparatesTheLabelsOfAnUnseenCorpus() {
        List<LabelledCandidate> examples = data.examples();
        ModelMetrics m = ModelEvaluation.evaluate(ModelRepository.shipped(), examples, PipelineTraining.thresholds(Policy.DEFAULT));
        assertTrue(m.auc() > 0.9, "AUC " + m.auc());
        assertTrue(m.at("takedown").precision() >= 0.95, "takedown precision " + m.at("takedown").precision());
    }
}
