package dev.genuine.models.embedding;

import java.util.Arrays;

/**
 * Recall at a fixed false-positive rate: the threshold is set on the negatives' scores so that at most
 * {@code fpr} of them score above it, and recall is the share of positives above it (higher = match).
 * Ties at the threshold count as misses, so a coarse score (a Hamming distance) is never flattered.
 */
public record RecallAtFpr(double fpr, double threshold, double recall, int positives, int negatives) {

    public static RecallAtFpr of(double[] positiveScores, double[] negativeScores, double fpr) {
        if (negativeScores.length == 0 || positiveScores.length == 0) {
            throw new IllegalArgumentException("need positive and negative scores, got "
                    + positiveScores.length + " and " + negativeScores.length);
        }
        if (!(fpr >= 0 && fpr < 1)) {
            throw new IllegalArgumentException("fpr must be in [0, 1), was " + fpr);
        }
        double[] negatives = negativeScores.clone();
        Arrays.sort(negatives);
        int allowed = (int) Math.floor(fpr * negatives.length);
        double threshold = negatives[negatives.length - 1 - allowed];
        int hits = 0;
        for (double p : positiveScores) {
            if (p > threshold) hits++;
        }
        return new RecallAtFpr(fpr, threshold, (double) hits / positiveScores.length, positiveScores.length, negatives.length);
    }
}
