package dev.genuine.models.scorer;

import dev.genuine.models.calibration.Reliability;
import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.card.ThresholdMetrics;
import dev.genuine.score.Candidate;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.score.Scorer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Measures scorers on held-out labelled candidates: calibration error, reliability, AUC, precision and recall. */
public final class ModelEvaluation {
    private ModelEvaluation() {}

    /** A candidate model measured against the current one on the same held-out data. */
    public record Comparison(String candidate, ModelMetrics candidateMetrics, String current, ModelMetrics currentMetrics) {
        /**
         * Whether promoting the candidate is supported by the figures: it is at least as precise at the
         * takedown threshold (wrongful takedowns are the costly error) and better ranked (AUC) or better
         * calibrated (ECE).
         */
        public boolean candidateIsBetter() {
            boolean asPrecise = candidateMetrics.at("takedown").precision() >= currentMetrics.at("takedown").precision();
            return asPrecise && (candidateMetrics.auc() > currentMetrics.auc() || candidateMetrics.ece() < currentMetrics.ece());
        }
    }

    public static ModelMetrics evaluate(Scorer scorer, List<LabelledCandidate> heldOut, Thresholds thresholds) {
        List<Candidate> candidates = heldOut.stream().map(LabelledCandidate::candidate).toList();
        double[] scores = scorer.score(candidates).stream().mapToDouble(ScoredCandidate::score).toArray();
        return evaluate(scores, labels(heldOut), thresholds);
    }

    public static ModelMetrics evaluate(double[] scores, boolean[] labels, Thresholds thresholds) {
        if (scores.length != labels.length) throw new IllegalArgumentException("scores and labels differ in length");
        return new ModelMetrics(scores.length, Reliability.expectedCalibrationError(scores, labels), auc(scores, labels),
                List.of(at("review", thresholds.review(), scores, labels), at("takedown", thresholds.takedown(), scores, labels)),
                Reliability.table(scores, labels, Reliability.DEFAULT_BINS));
    }

    /** Scores both scorers (any {@link Scorer}, so the transparent one too) on the same held-out candidates. */
    public static Comparison compare(Scorer candidate, Scorer current, List<LabelledCandidate> heldOut, Thresholds thresholds) {
        return new Comparison(candidate.name() + " " + candidate.version(), evaluate(candidate, heldOut, thresholds),
                current.name() + " " + current.version(), evaluate(current, heldOut, thresholds));
    }

    static boolean[] labels(List<LabelledCandidate> examples) {
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = examples.get(i).infringing();
        return labels;
    }

    /** Flags everything scoring at or above the threshold; precision is 1 when nothing is flagged. */
    static ThresholdMetrics at(String name, double threshold, double[] scores, boolean[] labels) {
        int flagged = 0, truePositives = 0, positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i]) positives++;
            if (scores[i] >= threshold) {
                flagged++;
                if (labels[i]) truePositives++;
            }
        }
        double precision = flagged == 0 ? 1 : (double) truePositives / flagged;
        double recall = positives == 0 ? 0 : (double) truePositives / positives;
        return new ThresholdMetrics(name, threshold, flagged, precision, recall);
    }

    /** Area under the ROC curve by the rank-sum (Mann-Whitney) statistic, ties counted half. */
    static double auc(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) j++;
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) return 0.5;
        return (rankSumPositives - positives * (positives + 1) / 2.0) / (positives * negatives);
    }
}
