package dev.genuine.models.training;

import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.models.scorer.ModelEvaluation;
import dev.genuine.models.scorer.ModelRepository;
import dev.genuine.policy.Policy;
import dev.genuine.testdata.Corpus;
import dev.genuine.testdata.GeneratedListing;
import dev.genuine.testdata.Label;
import dev.genuine.testdata.TestdataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidates of a tiny generated corpus passed through the pipeline, and the shipped model on them. */
class TestGeneratedExamples {
    static final PipelineTraining.Settings TINY = new PipelineTraining.Settings(4242, 4, false, 1);
    @TempDir
    static Path work;
    static GeneratedExamples.Result data;

    @BeforeAll
    static void build() throws IOException {
        data = GeneratedExamples.build(TINY.generator(), false, work, Policy.DEFAULT, line -> {});
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
    void aCandidateCarriesTheStrikesItsMerchantsEarlierCopiesWouldHaveEarnedAndNoneOfItsOwn() {
        Corpus corpus = new TestdataGenerator(TINY.generator()).generate();
        Set<String> copies = corpus.labels().stream().filter(Label::infringing).map(Label::listingId).collect(Collectors.toSet());
        Map<String, GeneratedListing> listings = corpus.listings().stream().collect(Collectors.toMap(GeneratedListing::id, l -> l));
        int withStrikes = 0;
        for (LabelledCandidate e : data.examples()) {
            GeneratedListing listing = listings.get(e.candidate().listingId());
            long earlierCopies = corpus.listings().stream()
                    .filter(other -> copies.contains(other.id()) && other.merchantId().equals(listing.merchantId()))
                    .filter(other -> Instant.parse(other.updatedAt()).isBefore(Instant.parse(listing.updatedAt())))
                    .count();
            long strikes = e.candidate().of("repeat-infringer").stream()
                    .mapToLong(o -> ((Number) o.facts().get("strikes")).longValue()).max().orElse(0);
            assertEquals(earlierCopies, strikes, listing.id());
            if (strikes > 0) withStrikes++;
        }
        assertTrue(withStrikes > 0, "no candidate's merchant had struck before");
    }

    @Test
    void theSameCorpusGivesTheSameExamples() throws IOException {
        GeneratedExamples.Result again = GeneratedExamples.build(TINY.generator(), false, work.resolve("again"), Policy.DEFAULT, line -> {});
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
