package dev.genuine.models.training;

import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.models.scorer.ScorerTrainer;
import dev.genuine.models.scorer.Thresholds;
import dev.genuine.models.scorer.TrainedScorer;
import dev.genuine.models.scorer.TrainingConfig;
import dev.genuine.policy.Policy;
import dev.genuine.testdata.GeneratorConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Training and evaluation runs of the scorer on corpora of the testdata generator passed through the pipeline
 * ({@link GeneratedExamples}), and on the store's own labels ({@link DecisionExamples}).
 */
public final class PipelineTraining {
    /** Seed of the shipped model's corpus; differs from the committed testdata's and the evaluation seed. */
    public static final long DEFAULT_SEED = 20270101L;
    public static final int DEFAULT_PER_CASE = 120;
    public static final int DEFAULT_EPOCHS = 60;
    public static final int EVALUATION_PER_CASE = 40;
    private static final int SMALLEST_IMAGE = 64;

    private PipelineTraining() {}

    /** What to generate and how long to train. */
    public record Settings(long seed, int perCase, boolean images, int epochs) {
        public Settings {
            if (perCase < 1) throw new IllegalArgumentException("listings per case must be at least 1, got " + perCase);
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_SEED, DEFAULT_PER_CASE, true, DEFAULT_EPOCHS);
        }

        /**
         * The registry import needs its image files even for a text-only run, so those are drawn too, at the
         * smallest size, and only the matching skips them.
         */
        GeneratorConfig generator() {
            return new GeneratorConfig(seed, perCase, images ? GeneratorConfig.COMMITTED_IMAGE_SIZE : SMALLEST_IMAGE, null, true);
        }
    }

    /** The policy's thresholds, at which the card reports precision and recall. */
    public static Thresholds thresholds(Policy policy) {
        return new Thresholds(policy.reviewThreshold(), policy.takedownThreshold());
    }

    /** The network and calibration settings every run uses; only the seed, epochs, data time and thresholds vary. */
    public static TrainingConfig config(long seed, int epochs, Instant dataAsOf, Thresholds thresholds) {
        TrainingConfig d = TrainingConfig.defaults(seed, dataAsOf);
        return new TrainingConfig(seed, epochs, d.batchSize(), d.learningRate(), d.hidden1(), d.hidden2(), d.l2(),
                d.calibrationFraction(), d.testFraction(), dataAsOf, thresholds);
    }

    /** Trains on a generated corpus; {@code work} is an empty folder the caller deletes. */
    public static TrainedScorer fromTestdata(Settings settings, Policy policy, Path work, Consumer<String> progress) throws IOException {
        GeneratedExamples.Result data = GeneratedExamples.build(settings.generator(), settings.images(), work, policy, progress);
        progress.accept("training on " + data.examples().size() + " candidates of " + data.listings() + " listings");
        return ScorerTrainer.train(data.examples(), config(settings.seed(), settings.epochs(), data.dataAsOf(), thresholds(policy)));
    }

    /** Trains on the store's human labels. */
    public static TrainedScorer fromDecisions(DecisionExamples.Result data, Settings settings, Policy policy) {
        return ScorerTrainer.train(data.examples(), config(settings.seed(), settings.epochs(), data.dataAsOf(), thresholds(policy)));
    }

    /**
     * The evaluation data every scorer is compared on: the held-out split of a corpus generated with
     * {@link GeneratedExamples#EVALUATION_SEED}, so no model trained with another seed has seen its listings.
     */
    public static List<LabelledCandidate> evaluationSet(int perCase, boolean images, Policy policy, Path work, Consumer<String> progress) throws IOException {
        Settings s = new Settings(GeneratedExamples.EVALUATION_SEED, perCase, images, 1);
        GeneratedExamples.Result data = GeneratedExamples.build(s.generator(), images, work, policy, progress);
        return ScorerTrainer.heldOut(data.examples(), config(GeneratedExamples.EVALUATION_SEED, 1, data.dataAsOf(), thresholds(policy)));
    }
}
