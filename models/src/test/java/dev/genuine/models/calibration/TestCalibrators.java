package dev.genuine.models.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCalibrators {
    /** Raw scores that are systematically over-confident and biased: the truth is a flatter, shifted logistic of them. */
    private static final int N = 4000;
    private final double[] raw = new double[N];
    private final boolean[] labels = new boolean[N];

    TestCalibrators() {
        Random random = new Random(1);
        for (int i = 0; i < N; i++) {
            raw[i] = random.nextDouble();
            double truth = 1 / (1 + Math.exp(-(0.4 * Math.log(raw[i] / (1 - raw[i])) + 0.5)));
            labels[i] = random.nextDouble() < truth;
        }
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
        Random random = new Random(3);
        int n = 4000;
        double[] x = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble() < (x[i] < 0.7 ? 0.1 : 0.9); // a step, which no logistic curve follows
        }
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
        Random random = new Random(2);
        int n = 20000;
        double[] x = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            double logit = Math.log(x[i] / (1 - x[i]));
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.5 * logit - 1)));
        }
        PlattCalibrator c = PlattCalibrator.fit(x, y);
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
