package dev.genuine.models.scorer;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One named input of the learned scorer, computed from a candidate's {@link CandidateView} as a number in [0, 1].
 *
 * @param name        stable identifier stored in the model card; renaming one is a new schema version
 * @param description what the number means, for the model card reader
 */
public record Feature(String name, String description, ToDoubleFunction<CandidateView> compute) {
    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(compute, "compute");
    }

    double valueOf(CandidateView view) {
        double v = compute.applyAsDouble(view);
        if (!Double.isFinite(v)) return 0;
        return Math.max(0, Math.min(1, v));
    }
}
