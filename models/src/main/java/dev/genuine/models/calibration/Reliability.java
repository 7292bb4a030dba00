package dev.genuine.models.calibration;

import java.util.ArrayList;
import java.util.List;

/** Reliability of predicted probabilities: the binned table and the expected calibration error over it. */
public final class Reliability {
    public static final int DEFAULT_BINS = 10;

    private Reliability() {}

    /** Equal-width bins over [0, 1]; 1.0 falls in the last bin. */
    public static List<ReliabilityBin> table(double[] predicted, boolean[] labels, int bins) {
        if (predicted.length != labels.length) throw new IllegalArgumentException("predictions and labels differ in length");
        int[] counts = new int[bins];
        double[] sumPredicted = new double[bins];
        int[] positives = new int[bins];
        for (int i = 0; i < predicted.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor(predicted[i] * bins));
            counts[bin]++;
            sumPredicted[bin] += predicted[i];
            if (labels[i]) positives[bin]++;
        }
        List<ReliabilityBin> table = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double mean = counts[b] == 0 ? 0 : sumPredicted[b] / counts[b];
            double rate = counts[b] == 0 ? 0 : (double) positives[b] / counts[b];
            table.add(new ReliabilityBin((double) b / bins, (double) (b + 1) / bins, counts[b], mean, rate));
        }
        return table;
    }

    /** Expected calibration error: the count-weighted mean gap between predicted and observed per bin. */
    public static double expectedCalibrationError(double[] predicted, boolean[] labels, int bins) {
        if (predicted.length == 0) return 0;
        double ece = 0;
        for (ReliabilityBin bin : table(predicted, labels, bins)) {
            ece += (double) bin.count() / predicted.length * Math.abs(bin.meanPredicted() - bin.observedRate());
        }
        return ece;
    }

    public static double expectedCalibrationError(double[] predicted, boolean[] labels) {
        return expectedCalibrationError(predicted, labels, DEFAULT_BINS);
    }
}
