package dev.genuine.models.card;

import dev.genuine.models.calibration.ReliabilityBin;

import java.util.List;

/**
 * A scorer's figures on held-out data.
 *
 * @param examples       held-out examples measured
 * @param ece            expected calibration error of the scores, 10 equal-width bins
 * @param auc            area under the ROC curve
 * @param thresholds     precision and recall at the policy thresholds
 * @param reliability    the reliability table the ECE is computed from
 */
public record ModelMetrics(int examples, double ece, double auc, List<ThresholdMetrics> thresholds,
                           List<ReliabilityBin> reliability) {
    public ModelMetrics {
        thresholds = List.copyOf(thresholds);
        reliability = List.copyOf(reliability);
    }

    public ThresholdMetrics at(String name) {
        return thresholds.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metrics for threshold " + name));
    }
}
