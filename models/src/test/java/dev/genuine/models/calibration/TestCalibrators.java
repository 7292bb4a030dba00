package dev.genuine.models.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCalibrators {
    /** Raw scores that are systematically over-confident and biased: the truth is a flatter, shifted logistic of them. */
    private static final int N = 4000;
    private static final Sample MISCALIBRATED = Sample.draw(1, N, x -> logistic(0.4 * logit(x) + 0.5));
    private final double[] raw = MISCALIBRATED.raw();
    private final boolean[] labels = MISCALIBRATED.labels();

    /** Raw scores uniform in [0, 1), each labelled true with the probability {@code truth} gives it. */
    private record Sample(double[] raw, boolean[] labels) {
        static Sample draw(long seed, int n, DoubleUnaryOperator truth) {
            Random random = new Random(seed);
            double[] raw = new double[n];
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                raw[i] = random.nextDouble();
                labels[i] = random.nextDouble() < truth.applyAsDouble(raw[i]);
            }
            return new Sample(raw, labels);
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void bothCalibratorsReduceTheErrorOfMiscalibratedScores() {
        double before = Reliability.expectedCalibrationError(raw, labels);
        for (String kind : new String[] {PlattCalibrator.KIND, IsotonicCalibrator.KIND}) {
            Calibrator c = Calibrators.fit(kind, raw, labels);
            double[] p = new double[N];
            for (int i = 0; i < N; i++) p[i] = c.calibrate(raw[i]);
            double after = Reliability.expectedCalibrationError(p, labels);
            assertTrue(after < before / 2, kind + ": " + after + " vs " + before);
        }
    }

    @Test
    void isotonicIsChosenOnlyWhenThereAreEnoughExamplesForItsSteps() {
        // A step, which no logistic curve follows.
        Sample step = Sample.draw(3, 4000, x -> x < 0.7 ? 0.1 : 0.9);
        double[] x = step.raw();
        boolean[] y = step.labels();
        assertEquals(IsotonicCalibrator.KIND, Calibrators.fitBest(x, y).kind());
        int few = Calibrators.MIN_ISOTONIC_EXAMPLES - 1;
        assertEquals(PlattCalibrator.KIND, Calibrators.fitBest(Arrays.copyOf(x, few), Arrays.copyOf(y, few)).kind());
    }

    @Test
    void isotonicIsMonotoneAndBounded() {
        IsotonicCalibrator c = IsotonicCalibrator.fit(raw, labels);
        double previous = -1;
        for (double x = 0; x <= 1; x += 0.001) {
            double y = c.calibrate(x);
            assertTrue(y >= previous && y >= 0 && y <= 1);
            previous = y;
        }
    }

    @Test
    void plattLearnsAKnownLogisticCurve() {
        Sample known = Sample.draw(2, 20000, x -> logistic(0.5 * logit(x) - 1));
        PlattCalibrator c = PlattCalibrator.fit(known.raw(), known.labels());
        assertEquals(0.5, c.a(), 0.05);
        assertEquals(-1, c.b(), 0.1);
    }

    @Test
    void restoresFromStoredParameters() {
        for (String kind : new String[] {PlattCalibrator.KIND, IsotonicCalibrator.KIND}) {
            Calibrator c = Calibrators.fit(kind, raw, labels);
            Calibrator back = Calibrators.restore(c.kind(), c.parameters());
            for (double x = 0; x <= 1; x += 0.05) assertEquals(c.calibrate(x), back.calibrate(x), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> Calibrators.restore("spline", java.util.Map.of()));
    }

    @Test
    void eceOfPerfectlyCalibratedBinsIsZeroAndOfConfidentMistakesIsLarge() {
        double[] p = {0.25, 0.25, 0.25, 0.25, 0.95};
        boolean[] y = {true, false, false, false, true};
        assertEquals(0.05 / 5, Reliability.expectedCalibrationError(p, y), 1e-12);
        assertEquals(1.0, Reliability.expectedCalibrationError(new double[] {1, 0}, new boolean[] {false, true}), 1e-12);
    }
}
