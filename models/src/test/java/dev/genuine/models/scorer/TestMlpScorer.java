package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.score.Reason;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.signal.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestMlpScorer {
    private static final List<Candidate> SAMPLE = SyntheticCandidates.generate(300, 42).stream().map(LabelledCandidate::candidate).toList();

    private final MlpScorer scorer = ScorerFixture.trained().scorer();

    @Test
    void savedAndLoadedModelGivesIdenticalScoresAndCard(@TempDir Path dir) {
        scorer.save(dir);
        MlpScorer loaded = MlpScorer.load(dir);
        assertEquals(scorer.card(), loaded.card());
        assertEquals(scorer.version(), loaded.version());
        assertArrayEquals(scorer.probabilities(SAMPLE), loaded.probabilities(SAMPLE));
    }

    @Test
    void batchedInferenceEqualsOneByOne() {
        double[] batched = scorer.probabilities(SAMPLE);
        for (int i = 0; i < SAMPLE.size(); i++) {
            assertEquals(batched[i], scorer.probabilities(List.of(SAMPLE.get(i)))[0], 1e-6, "candidate " + i);
        }
    }

    @Test
    void scoresAreInUnitIntervalAndMatchProbabilities() {
        List<ScoredCandidate> scored = scorer.score(SAMPLE);
        double[] p = scorer.probabilities(SAMPLE);
        for (int i = 0; i < SAMPLE.size(); i++) {
            // float32 network: BLAS sums in another order for another batch shape.
            assertEquals(p[i], scored.get(i).score(), 1e-6);
            assertTrue(scored.get(i).score() >= 0 && scored.get(i).score() <= 1);
            assertEquals(SAMPLE.get(i), scored.get(i).candidate());
        }
        assertEquals(List.of(), scorer.score(List.of()));
    }

    @Test
    void unknownSignalChangesNothing() {
        Candidate c = SAMPLE.get(0);
        List<Observation> more = new ArrayList<>(c.observations());
        more.add(new Observation("hologram-sticker", c.rightsHolderId(), c.brand(), null, 1, "a signal from the future", Map.of("x", 3)));
        Candidate extended = new Candidate(c.listingId(), c.rightsHolderId(), c.brand(), more);
        ScoredCandidate before = scorer.score(List.of(c)).get(0);
        ScoredCandidate after = scorer.score(List.of(extended)).get(0);
        assertEquals(before.score(), after.score(), 0);
        assertEquals(before.reasons(), after.reasons());
    }

    @Test
    void reasonsExplainTheScoreLargestFirst() {
        Candidate counterfeit = candidate(
                obs("word-mark", "rh-velmora", 0.95, Map.of("editDistance", 0, "field", "title", "categoryMatch", true, "transformations", List.of())),
                obs("counterfeit-language", null, 0.9, Map.of("phrases", List.of("kw super"), "inTitle", true)),
                obs("unauthorized-seller", "rh-velmora", 1, Map.of()),
                obs("price", "rh-velmora", 0.8, Map.of("ratio", 0.2, "productId", "p1")));
        ScoredCandidate scored = scorer.score(List.of(counterfeit)).get(0);
        assertTrue(scored.score() > 0.8, "score " + scored.score());
        List<Reason> reasons = scored.reasons();
        assertEquals(4, reasons.size());
        for (int i = 1; i < reasons.size(); i++) assertTrue(reasons.get(i - 1).weight() >= reasons.get(i).weight());
        assertEquals(1, reasons.stream().mapToDouble(r -> Math.abs(r.weight())).sum(), 1e-9);
        // The top reason is the observation whose removal costs the most score.
        double dropTop = scored.score() - scorer.probabilities(List.of(without(counterfeit, reasons.get(0).signal())))[0];
        for (Reason r : reasons) {
            double drop = scored.score() - scorer.probabilities(List.of(without(counterfeit, r.signal())))[0];
            assertTrue(dropTop >= drop, r.signal());
        }
        assertEquals("rh-velmora", reasons.stream().filter(r -> r.signal().equals("counterfeit-language")).findFirst().orElseThrow().rightsHolderId());
    }

    @Test
    void mitigatingObservationGetsNegativeWeight() {
        Candidate referential = candidate(
                obs("word-mark", "rh-velmora", 0.95, Map.of("editDistance", 0, "field", "title", "categoryMatch", false, "transformations", List.of())),
                obs("unauthorized-seller", "rh-velmora", 1, Map.of()),
                obs("price", "rh-velmora", 0.9, Map.of("ratio", 0.1, "productId", "p")),
                obs("referential-use", null, 0.9, Map.of()));
        ScoredCandidate scored = scorer.score(List.of(referential)).get(0);
        Reason referentialUse = scored.reasons().stream().filter(r -> r.signal().equals("referential-use")).findFirst().orElseThrow();
        assertTrue(referentialUse.weight() < 0, scored.reasons().toString());
    }

    @Test
    void supportingEvidenceNeverLowersTheScoreAndMitigatingEvidenceNeverRaisesIt() {
        List<Candidate> base = SyntheticCandidates.generate(300, 41).stream().map(LabelledCandidate::candidate).toList();
        double[] before = scorer.rawScores(base);
        Map<String, Double> sign = Map.of("unauthorized-seller", 1.0, "logo", 1.0, "second-hand", -1.0, "authorized-seller", -1.0);
        sign.forEach((signal, direction) -> {
            String holder = signal.equals("second-hand") ? null : "rh-velmora";
            List<Candidate> added = base.stream().map(c -> {
                List<Observation> more = new ArrayList<>(c.observations());
                more.add(new Observation(signal, holder == null ? null : c.rightsHolderId(), c.brand(), null, 1, signal, Map.of()));
                return new Candidate(c.listingId(), c.rightsHolderId(), c.brand(), more);
            }).toList();
            double[] after = scorer.rawScores(added);
            for (int i = 0; i < before.length; i++) {
                assertTrue(direction * (after[i] - before[i]) >= -1e-6, signal + " moved candidate " + i + " the wrong way: "
                        + before[i] + " -> " + after[i]);
            }
        });
    }

    private static Candidate candidate(Observation... observations) {
        return new Candidate("L-1", "rh-velmora", "Velmora", List.of(observations));
    }

    private static Observation obs(String signal, String holder, double strength, Map<String, Object> facts) {
        return new Observation(signal, holder, holder == null ? null : "Velmora", holder == null ? null : "velmora-word", strength, signal, facts);
    }

    private static Candidate without(Candidate c, String signal) {
        return new Candidate(c.listingId(), c.rightsHolderId(), c.brand(),
                c.observations().stream().filter(o -> !o.signal().equals(signal)).toList());
    }
}
