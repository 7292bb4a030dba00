package dev.genuine.models.scorer;

import java.nio.file.Path;
import java.util.List;

/**
 * Retrains the shipped default scorer from the synthetic generator and writes it into a folder, normally
 * {@code models/src/main/resources/dev/genuine/models/scorer}. Same seed, same model card.
 */
public final class ShippedModelTraining {
    public static final long SEED = 20260101L;
    public static final int EXAMPLES = 6000;

    private ShippedModelTraining() {}

    public static List<LabelledCandidate> examples() {
        return SyntheticCandidates.generate(EXAMPLES, SEED);
    }

    public static TrainingConfig config() {
        return TrainingConfig.defaults(SEED, SyntheticCandidates.AS_OF);
    }

    public static TrainedScorer train() {
        return ScorerTrainer.train(examples(), config());
    }

    /** Usage: {@code ShippedModelTraining OUTPUT_FOLDER}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ShippedModelTraining OUTPUT_FOLDER");
            System.exit(2);
        }
        MlpScorer scorer = train().scorer();
        scorer.save(Path.of(args[0]));
        System.out.printf("%s: ECE %.4f (raw %.4f), AUC %.4f, takedown precision %.4f recall %.4f, calibrator %s%n",
                scorer.version(), scorer.card().metrics().ece(), scorer.card().uncalibrated().ece(), scorer.card().metrics().auc(),
                scorer.card().metrics().at("takedown").precision(), scorer.card().metrics().at("takedown").recall(),
                scorer.card().calibrator());
    }
}
