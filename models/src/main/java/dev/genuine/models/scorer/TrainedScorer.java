package dev.genuine.models.scorer;

import java.util.List;
import java.util.Objects;

/**
 * The result of a training run: the calibrated scorer (its card holds the metrics) and the held-out test
 * examples those metrics were measured on, so a caller can compare it with the current model on the same data.
 */
public record TrainedScorer(MlpScorer scorer, List<LabelledCandidate> heldOut) {
    public TrainedScorer {
        Objects.requireNonNull(scorer, "scorer");
        heldOut = List.copyOf(heldOut);
    }
}
