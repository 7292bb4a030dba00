package dev.genuine.image.pdq;

import java.util.Arrays;

/** PDQ's transform: the 16x16 low-frequency block, DC term left out, of a 64x64 image's 2-D DCT-II. */
final class PdqDct {
    static final int COEFFS = 16;
    private static final int N = JaroszWeights.SAMPLES;
    private static final float[] DCT = dctMatrix();

    private final float[] folded = new float[N * N];
    private final float[] partial = new float[COEFFS * N];

    /**
     * {@code coefficients} = D * image64 * D^T with the 16x64 DCT matrix D. Row i of D is symmetric
     * (odd i) or antisymmetric (even i) about its middle, so each product folds the 64 inputs into 32
     * sums or differences first and does half the multiplications.
     */
    void transform(float[] image64, float[] coefficients) {
        int half = N / 2;
        for (int k = 0; k < half; k++) {
            int top = k * N;
            int bottom = (N - 1 - k) * N;
            for (int j = 0; j < N; j++) {
                folded[top + j] = image64[top + j] + image64[bottom + j];
                folded[half * N + top + j] = image64[top + j] - image64[bottom + j];
            }
        }
        Arrays.fill(partial, 0f);
        for (int i = 0; i < COEFFS; i++) {
            int source = (i & 1) == 1 ? 0 : half * N;
            int out = i * N;
            for (int k = 0; k < half; k++) {
                float d = DCT[i * N + k];
                int row = source + k * N;
                for (int j = 0; j < N; j++) partial[out + j] += d * folded[row + j];
            }
        }
        for (int i = 0; i < COEFFS; i++) {
            int row = i * N;
            for (int j = 0; j < COEFFS; j++) {
                int d = j * N;
                float sum = 0f;
                if ((j & 1) == 1) {
                    for (int k = 0; k < half; k++) sum += DCT[d + k] * (partial[row + k] + partial[row + N - 1 - k]);
                } else {
                    for (int k = 0; k < half; k++) sum += DCT[d + k] * (partial[row + k] - partial[row + N - 1 - k]);
                }
                coefficients[i * COEFFS + j] = sum;
            }
        }
    }

    /** Rows 1..16 of the orthonormal 64-point DCT-II: the DC row is left out, as PDQ does. */
    private static float[] dctMatrix() {
        float[] d = new float[COEFFS * N];
        double scale = Math.sqrt(2.0 / N);
        for (int i = 0; i < COEFFS; i++) {
            for (int j = 0; j < N; j++) {
                d[i * N + j] = (float) (scale * Math.cos(Math.PI / (2.0 * N) * (i + 1) * (2 * j + 1)));
            }
        }
        return d;
    }
}
