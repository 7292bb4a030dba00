package dev.genuine.models.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Isotonic regression by pool-adjacent-violators: the best non-decreasing step function from raw score to
 * observed frequency. Between the pooled blocks' mean scores it interpolates linearly, so nearby raw scores
 * do not jump between distant probabilities.
 *
 * @param xs block mean raw scores, increasing
 * @param ys block frequencies of the positive label, non-decreasing
 */
public record IsotonicCalibrator(double[] xs, double[] ys) implements Calibrator {
    public static final String KIND = "isotonic";

    public IsotonicCalibrator {
        if (xs.length == 0 || xs.length != ys.length) throw new IllegalArgumentException("isotonic needs equal, non-empty xs and ys");
        xs = xs.clone();
        ys = ys.clone();
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] < xs[i - 1] || ys[i] < ys[i - 1]) throw new IllegalArgumentException("isotonic points must be non-decreasing");
        }
    }

    public static IsotonicCalibrator fit(double[] raw, boolean[] labels) {
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        List<double[]> blocks = new ArrayList<>(); // {sum of x, sum of y, weight}
        for (int i : order) {
            blocks.add(new double[] {raw[i], labels[i] ? 1 : 0, 1});
            while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2), 1) >= mean(blocks.get(blocks.size() - 1), 1)) {
                double[] last = blocks.remove(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 1);
                for (int k = 0; k < 3; k++) prev[k] += last[k];
            }
        }
        double[] xs = blocks.stream().mapToDouble(b -> mean(b, 0)).toArray();
        double[] ys = blocks.stream().mapToDouble(b -> mean(b, 1)).toArray();
        return new IsotonicCalibrator(xs, ys);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("xs", Arrays.stream(xs).boxed().toList(), "ys", Arrays.stream(ys).boxed().toList());
    }

    @Override
    public double calibrate(double raw) {
        if (raw <= xs[0]) return ys[0];
        if (raw >= xs[xs.length - 1]) return ys[ys.length - 1];
        int hi = Arrays.binarySearch(xs, raw);
        if (hi >= 0) return ys[hi];
        hi = -hi - 1;
        int lo = hi - 1;
        double t = (raw - xs[lo]) / (xs[hi] - xs[lo]);
        return ys[lo] + t * (ys[hi] - ys[lo]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsotonicCalibrator other && Arrays.equals(xs, other.xs) && Arrays.equals(ys, other.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "IsotonicCalibrator" + Arrays.toString(xs) + "->" + Arrays.toString(ys);
    }

    private static double mean(double[] block, int k) {
        return block[k] / block[2];
    }
}
