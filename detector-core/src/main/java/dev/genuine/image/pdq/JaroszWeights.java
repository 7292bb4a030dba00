package dev.genuine.image.pdq;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The weights that take one image axis of length {@code n} to PDQ's 64 samples: a box filter applied
 * twice (a tent, Jarosz's approximation of a Gaussian) followed by point decimation.
 *
 * <p>Filtering the whole axis and then keeping 64 samples is the published algorithm; because both
 * steps are linear, each kept sample is a fixed weighted sum of at most {@code 2 * window - 1} input
 * values, so the weights are computed once per axis length and only the kept samples are evaluated.
 * The box filter averages the window {@code [i - (w - h), i + h - 1]} with {@code h = (w + 2) / 2},
 * clipped at the edges and divided by the number of values actually inside, as the reference does.
 */
final class JaroszWeights {
    static final int SAMPLES = 64;
    private static final int PASSES = 2;

    /** Weights by axis length, shared by all hashers: they are immutable and images come in few sizes. */
    private static final ConcurrentMap<Integer, JaroszWeights> BY_LENGTH = new ConcurrentHashMap<>();

    private final int[] start = new int[SAMPLES];
    private final int[] count = new int[SAMPLES];
    private final float[][] weights = new float[SAMPLES][];

    static JaroszWeights forLength(int length) {
        return BY_LENGTH.computeIfAbsent(length, JaroszWeights::new);
    }

    private JaroszWeights(int length) {
        if (length < 1) throw new IllegalArgumentException("axis length must be positive, was " + length);
        int window = (length + 2 * SAMPLES - 1) / (2 * SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            int sample = (int) ((i + 0.5) * length / SAMPLES);
            double[] impulse = new double[length];
            impulse[sample] = 1.0;
            // Row s of the two-pass filter B*B is the unit impulse at s with B's transpose applied twice.
            double[] row = impulse;
            for (int pass = 0; pass < PASSES; pass++) row = boxTransposed(row, window);
            int first = 0;
            while (row[first] == 0.0) first++;
            int last = length - 1;
            while (row[last] == 0.0) last--;
            start[i] = first;
            count[i] = last - first + 1;
            weights[i] = new float[count[i]];
            for (int k = 0; k < count[i]; k++) weights[i][k] = (float) row[first + k];
        }
    }

    int start(int sample) {
        return start[sample];
    }

    int count(int sample) {
        return count[sample];
    }

    float[] weights(int sample) {
        return weights[sample];
    }

    /**
     * Applies the transpose of the clipped box filter to {@code v}: output {@code j} collects
     * {@code v[i] / size(i)} from every output {@code i} whose window contains {@code j}. Used on a unit
     * impulse, it yields one row of the filter matrix (the weights that produce one output).
     */
    private static double[] boxTransposed(double[] v, int window) {
        int half = (window + 2) / 2;
        int behind = window - half;
        int ahead = half - 1;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] == 0.0) continue;
            int lo = Math.max(0, i - behind);
            int hi = Math.min(v.length - 1, i + ahead);
            double share = v[i] / (hi - lo + 1);
            for (int j = lo; j <= hi; j++) out[j] += share;
        }
        return out;
    }
}
