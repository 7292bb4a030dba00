package dev.genuine.models.scorer;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One named input of the learned scorer, computed from a candidate's {@link CandidateView} as a number in [0, 1].
 *
 * @param name        stable identifier stored in the model card; renaming one is a new schema version
 * @param description what the number means, for the model card reader
 * @param direction   which way a larger value may move the score; the network is built to keep to it
 */
public record Feature(String name, String description, Direction direction, ToDoubleFunction<CandidateView> compute) {
    /**
     * How a feature may move the takedown score, all else equal. Known directions are domain knowledge, not
     * something to learn from generated data: a lower price or an unauthorized seller never makes a listing look
     * more genuine, and a model that learned otherwise would give an appeal a reason with the wrong sign.
     */
    public enum Direction {
        /** More of it never lowers the score. */
        RAISES,
        /** More of it never raises the score (mitigating evidence). */
        LOWERS,
        /** Either way, depending on the rest (an authenticity claim is made by honest sellers and copiers alike). */
        EITHER
    }

    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(compute, "compute");
    }

    double valueOf(CandidateView view) {
        double v = compute.applyAsDouble(view);
        if (!Double.isFinite(v)) return 0;
        return Math.max(0, Math.min(1, v));
    }
}
