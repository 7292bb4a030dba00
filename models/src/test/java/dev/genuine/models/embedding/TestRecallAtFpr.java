package dev.genuine.models.embedding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestRecallAtFpr {
    @Test
    void thresholdLetsThroughAtMostTheAllowedShareOfNegatives() {
        double[] negatives = new double[100];
        for (int i = 0; i < 100; i++) negatives[i] = i / 100.0;
        RecallAtFpr r = RecallAtFpr.of(new double[]{0.985, 0.975, 0.5, 0.995}, negatives, 0.02);
        assertEquals(0.97, r.threshold(), 1e-9);
        assertEquals(0.75, r.recall(), 1e-9);
    }

    @Test
    void tiesAtTheThresholdCountAsMisses() {
        RecallAtFpr r = RecallAtFpr.of(new double[]{-10, -10, -3}, new double[]{-10, -20, -30}, 0.0);
        assertEquals(-10, r.threshold());
        assertEquals(1 / 3.0, r.recall(), 1e-9);
    }

    @Test
    void refusesEmptyScores() {
        assertThrows(IllegalArgumentException.class, () -> RecallAtFpr.of(new double[0], new double[]{1}, 0.01));
    }
}
