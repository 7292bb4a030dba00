package dev.genuine.models.scorer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the scorer is trained. Everything that changes the trained model is here, so the same configuration on
 * the same data gives the same model and the same card.
 *
 * @param dataAsOf            the newest label in the training data; becomes the card's {@code created}
 * @param calibrationFraction share of the examples held out to fit the calibrator
 * @param testFraction        share of the examples held out to measure the calibrated model
 */
public record TrainingConfig(long seed, int epochs, int batchSize, double learningRate, int hidden1, int hidden2,
                             double l2, double calibrationFraction, double testFraction, Instant dataAsOf,
                             Thresholds thresholds) {
    public TrainingConfig {
        Objects.requireNonNull(dataAsOf, "dataAsOf");
        Objects.requireNonNull(thresholds, "thresholds");
        if (epochs < 1 || batchSize < 1 || hidden1 < 1 || hidden2 < 1) throw new IllegalArgumentException("epochs, batch size and layer sizes must be >= 1");
        if (!(learningRate > 0) || !(l2 >= 0)) throw new IllegalArgumentException("learning rate must be > 0 and l2 >= 0");
        if (!(calibrationFraction > 0 && testFraction > 0 && calibrationFraction + testFraction < 0.9)) {
            throw new IllegalArgumentException("calibration and test fractions must be > 0 and leave at least 10% for training");
        }
    }

    /** A small network (f -> 16 -> 8 -> 1) that trains in seconds on a few thousand examples. */
    public static TrainingConfig defaults(long seed, Instant dataAsOf) {
        // A network whose weights all start small and positive needs a larger step than one started at random signs.
        return new TrainingConfig(seed, 30, 64, 0.03, 16, 8, 1e-4, 0.3, 0.2, dataAsOf, Thresholds.DEFAULT);
    }

    public TrainingConfig withEpochs(int epochs) {
        return new TrainingConfig(seed, epochs, batchSize, learningRate, hidden1, hidden2, l2, calibrationFraction,
                testFraction, dataAsOf, thresholds);
    }

    /** The hyperparameters as the model card records them. */
    Map<String, Object> asCardEntry() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("batchSize", batchSize);
        m.put("learningRate", learningRate);
        m.put("layers", hidden1 + "-" + hidden2);
        m.put("l2", l2);
        m.put("calibrationFraction", calibrationFraction);
        m.put("testFraction", testFraction);
        m.put("reviewThreshold", thresholds.review());
        m.put("takedownThreshold", thresholds.takedown());
        return m;
    }
}
