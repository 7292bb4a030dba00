package dev.genuine.models.scorer;

import java.util.List;

/** One tiny training shared by the scorer tests, so the test run trains once (a couple of seconds). */
final class ScorerFixture {
    static final long SEED = 7;
    static final int EXAMPLES = 2000;
    private static TrainedScorer trained;

    private ScorerFixture() {}

    static List<LabelledCandidate> examples() {
        return SyntheticCandidates.generate(EXAMPLES, SEED);
    }

    static TrainingConfig config() {
        return TrainingConfig.defaults(SEED, SyntheticCandidates.AS_OF).withEpochs(12);
    }

    static synchronized TrainedScorer trained() {
        if (trained == null) trained = ScorerTrainer.train(examples(), config());
        return trained;
    }
}
