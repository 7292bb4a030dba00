package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.signal.Observation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestFeatureSchema {
    private final FeatureSchema schema = FeatureSchema.CURRENT;

    @Test
    void namesAreUnique() {
        assertEquals(schema.size(), new HashSet<>(schema.names()).size());
    }

    @Test
    void computesEachFeatureFromTheObservations() {
        Candidate c = new Candidate("L-1", "rh-a", "Quindaro", List.of(
                new Observation("word-mark", "rh-a", "Quindaro", "m", 0.7, "d",
                        Map.of("editDistance", 1, "transformations", List.of("leetspeak", "typo:swap"), "field", "title",
                                "commonWord", false, "categoryMatch", true)),
                new Observation("price", "rh-a", "Quindaro", null, 0.6, "d", Map.of("ratio", 0.3, "productId", "p")),
                new Observation("buyer-reviews", null, null, null, 0.5, "d", Map.of("allegations", 100, "reviews", 120)),
                new Observation("repeat-infringer", null, null, null, 1, "d", Map.of("strikes", 2))));
        double[] f = schema.features(c);
        assertEquals(0.7, value(f, "word-mark"), 1e-9);
        assertEquals(0, value(f, "word-mark-exact"));
        assertEquals(1, value(f, "word-mark-typo"));
        assertEquals(1, value(f, "evasion-leetspeak"));
        assertEquals(1, value(f, "evasion-typo"));
        assertEquals(0, value(f, "evasion-confusable"));
        assertEquals(0, value(f, "evasion-other"));
        assertEquals(1, value(f, "mark-in-title"));
        assertEquals(1, value(f, "category-match"));
        assertEquals(1, value(f, "price-known"));
        assertEquals(0.15, value(f, "price-ratio"), 1e-9);
        assertEquals(1, value(f, "price-below-half"));
        assertEquals(1, value(f, "allegations"), 1e-9);
        assertEquals(0.4, value(f, "repeat-strikes"), 1e-9);
        assertEquals(2.0 / 6, value(f, "holder-signals"), 1e-9);
        assertEquals(0, value(f, "product-name"));
    }

    @Test
    void aModelNameOrAnImageMatchInTheHoldersCategoryCountsAsCategoryEvidenceWithoutAWordMark() {
        Candidate named = new Candidate("L-1", "rh-a", "Q", List.of(
                new Observation("product-name", "rh-a", "Q", null, 0.75, "d", Map.of("productId", "p", "categoryMatch", true))));
        double[] f = schema.features(named);
        assertEquals(0.75, value(f, "product-name"), 1e-9);
        assertEquals(1, value(f, "category-match"));
        assertEquals(1.0 / 6, value(f, "holder-signals"), 1e-9);
        assertEquals(0, value(f, "word-mark"));

        Candidate logoElsewhere = new Candidate("L-1", "rh-a", "Q", List.of(
                new Observation("logo", "rh-a", "Q", "q-logo", 0.9, "d", Map.of("categoryMatch", false))));
        Candidate logoInCategory = new Candidate("L-1", "rh-a", "Q", List.of(
                new Observation("logo", "rh-a", "Q", "q-logo", 0.9, "d", Map.of("categoryMatch", true))));
        assertEquals(0, value(schema.features(logoElsewhere), "category-match"));
        assertEquals(1, value(schema.features(logoInCategory), "category-match"));
    }

    @Test
    void unknownPriceReadsAsFullPrice() {
        double[] f = schema.features(new Candidate("L-1", "rh-a", "Q", List.of()));
        assertEquals(0, value(f, "price-known"));
        assertEquals(1, value(f, "price-ratio"));
        assertEquals(0, value(f, "price-below-half"));
    }

    @Test
    void ignoresUnknownSignalsAndOtherHoldersObservations() {
        Candidate bare = new Candidate("L-1", "rh-a", "Q", List.of());
        Candidate noisy = new Candidate("L-1", "rh-a", "Q", List.of(
                new Observation("never-heard-of", "rh-a", "Q", null, 1, "d", Map.of("editDistance", 0)),
                new Observation("word-mark", "rh-other", "Other", "m", 1, "d", Map.of("editDistance", 0))));
        assertArrayEquals(schema.features(bare), schema.features(noisy));
    }

    @Test
    void vectorizesABatchRowPerCandidateEachFeatureTheWayRoundItsDirectionNeeds() {
        List<Candidate> candidates = SyntheticCandidates.generate(20, 5).stream().map(LabelledCandidate::candidate).toList();
        List<Feature> features = schema.features();
        try (INDArray batch = schema.vectorize(candidates)) {
            assertArrayEquals(new long[] {20, schema.inputWidth()}, batch.shape());
            for (int i = 0; i < 20; i++) {
                double[] row = schema.features(candidates.get(i));
                int column = 0;
                for (int j = 0; j < row.length; j++) {
                    Feature.Direction direction = features.get(j).direction();
                    if (direction != Feature.Direction.LOWERS) assertEquals(row[j], batch.getDouble(i, column++), 1e-6, features.get(j).name());
                    if (direction != Feature.Direction.RAISES) assertEquals(1 - row[j], batch.getDouble(i, column++), 1e-6, features.get(j).name());
                }
                assertEquals(schema.inputWidth(), column);
            }
        }
    }

    @Test
    void mitigatingEvidenceLowersAndSupportingEvidenceRaisesByDeclaration() {
        assertEquals(Feature.Direction.RAISES, direction("unauthorized-seller"));
        assertEquals(Feature.Direction.RAISES, direction("price"));
        assertEquals(Feature.Direction.LOWERS, direction("price-ratio"));
        assertEquals(Feature.Direction.LOWERS, direction("authorized-seller"));
        assertEquals(Feature.Direction.LOWERS, direction("second-hand"));
        assertEquals(Feature.Direction.EITHER, direction("authenticity-claim"));
    }

    private Feature.Direction direction(String name) {
        return schema.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().direction();
    }

    @Test
    void refusesAModelTrainedOnAnotherFeatureList() {
        assertThrows(IllegalArgumentException.class, () -> schema.requireCompatible(FeatureSchema.VERSION, List.of("word-mark")));
        assertThrows(IllegalArgumentException.class, () -> schema.requireCompatible("0", schema.names()));
    }

    private double value(double[] features, String name) {
        int i = schema.names().indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no feature " + name);
        return features[i];
    }
}
