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
        assertEquals(0.4, value(f, "holder-signals"), 1e-9);
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
    void vectorizesABatchRowPerCandidate() {
        List<Candidate> candidates = SyntheticCandidates.generate(20, 5).stream().map(LabelledCandidate::candidate).toList();
        try (INDArray batch = schema.vectorize(candidates)) {
            assertArrayEquals(new long[] {20, schema.size()}, batch.shape());
            for (int i = 0; i < 20; i++) {
                double[] row = schema.features(candidates.get(i));
                for (int j = 0; j < row.length; j++) assertEquals(row[j], batch.getDouble(i, j), 1e-6);
            }
        }
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
