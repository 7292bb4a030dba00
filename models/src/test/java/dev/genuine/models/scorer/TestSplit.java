package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSplit {
    private final TrainingConfig config = TrainingConfig.defaults(4, SyntheticCandidates.AS_OF);

    @Test
    void partsHaveTheConfiguredSizesAndCoverEveryExampleOnce() {
        List<LabelledCandidate> examples = SyntheticCandidates.generate(1000, 2);
        Split split = Split.of(examples, config);
        assertEquals(200, split.test().size());
        assertEquals(300, split.calibration().size());
        List<LabelledCandidate> all = new ArrayList<>(split.training());
        all.addAll(split.calibration());
        all.addAll(split.test());
        assertEquals(new HashSet<>(examples), new HashSet<>(all));
        assertEquals(examples.size(), all.size());
        assertEquals(split.test(), Split.of(examples, config).test());
    }

    @Test
    void aListingsCandidatesStayInOnePart() {
        List<LabelledCandidate> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            for (String holder : List.of("rh-velmora", "rh-kelvaro")) {
                examples.add(new LabelledCandidate(new Candidate("L-" + i, holder, holder, List.of()), i % 2 == 0));
            }
        }
        Split split = Split.of(examples, config);
        Set<String> test = ids(split.test());
        Set<String> calibration = ids(split.calibration());
        Set<String> training = ids(split.training());
        assertTrue(test.stream().noneMatch(id -> calibration.contains(id) || training.contains(id)));
        assertTrue(calibration.stream().noneMatch(training::contains));
    }

    private static Set<String> ids(List<LabelledCandidate> part) {
        Set<String> ids = new HashSet<>();
        part.forEach(e -> ids.add(e.candidate().listingId()));
        return ids;
    }
}
