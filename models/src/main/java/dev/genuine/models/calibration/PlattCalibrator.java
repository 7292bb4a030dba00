package dev.genuine.models.calibration;

import java.util.Map;

/**
 * Platt scaling: a logistic curve {@code 1 / (1 + exp(-(a * logit(raw) + b)))} fitted by Newton's method,
 * with Platt's smoothed targets so a perfectly separated calibration set does not drive the slope to infinity.
 */
public record PlattCalibrator(double a, double b) implements Calibrator {
    public static final String KIND = "platt";
    private static final double EPS = 1e-6;
    private static final int ITERATIONS = 100;

    public PlattCalibrator {
        if (!Double.isFinite(a) || !Double.isFinite(b)) throw new IllegalArgumentException("Platt parameters must be finite");
    }

    public static PlattCalibrator fit(double[] raw, boolean[] labels) {
        int positives = 0;
        for (boolean label : labels) if (label) positives++;
        int negatives = labels.length - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < raw.length; i++) {
                double x = logit(raw[i]);
                double p = sigmoid(a * x + b);
                double d = p - (labels[i] ? hi : lo);
                double w = Math.max(p * (1 - p), 1e-12);
                ga += d * x;
                gb += d;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            // A small ridge keeps the Hessian invertible when every raw score is the same.
            haa += 1e-9;
            hbb += 1e-9;
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) break;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
        }
        return new PlattCalibrator(a, b);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("a", a, "b", b);
    }

    @Override
    public double calibrate(double raw) {
        return sigmoid(a * logit(raw) + b);
    }

    private static double logit(double p) {
        double q = Math.max(EPS, Math.min(1 - EPS, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
