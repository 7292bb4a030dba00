package dev.genuine.image.pdq;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TestJaroszWeights {
    /** The published filter, applied literally: a clipped moving average over the whole axis, twice. */
    private static double[] boxTwice(double[] v) {
        int window = (v.length + 127) / 128;
        int half = (window + 2) / 2;
        double[] current = v;
        for (int pass = 0; pass < 2; pass++) {
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                int lo = Math.max(0, i - (window - half));
                int hi = Math.min(v.length - 1, i + half - 1);
                double sum = 0;
                for (int j = lo; j <= hi; j++) sum += current[j];
                out[i] = sum / (hi - lo + 1);
            }
            current = out;
        }
        return current;
    }

    @Test
    void keptSamplesEqualFilteringTheWholeAxisThenDecimating() {
        Random random = new Random(3);
        for (int length : new int[] {1, 7, 64, 100, 129, 320, 333, 512}) {
            double[] row = new double[length];
            for (int i = 0; i < length; i++) row[i] = random.nextDouble() * 255;
            double[] filtered = boxTwice(row);
            JaroszWeights weights = JaroszWeights.forLength(length);
            for (int s = 0; s < JaroszWeights.SAMPLES; s++) {
                double sum = 0;
                float[] w = weights.weights(s);
                for (int k = 0; k < w.length; k++) sum += w[k] * row[weights.start(s) + k];
                int kept = (int) ((s + 0.5) * length / JaroszWeights.SAMPLES);
                assertEquals(filtered[kept], sum, 1e-3, "length " + length + ", sample " + s);
            }
        }
    }

    @Test
    void weightsAreSharedPerLength() {
        assertSame(JaroszWeights.forLength(321), JaroszWeights.forLength(321));
        assertEquals(2 * 3 - 1, JaroszWeights.forLength(320).count(32), "a tent over twice the window of 3");
    }
}
