package dev.genuine.image.pdq;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * PDQ's first stage: an image's luminance, tent-filtered and decimated to 64x64, and the quality score
 * read off that 64x64 image. Reuses its buffers; not thread-safe.
 */
final class PdqDownsampler {
    static final int N = JaroszWeights.SAMPLES;

    private float[] luma = new float[0];
    private float[] rowsSampled = new float[0];
    private final float[] image64 = new float[N * N];

    /** The 64x64 image, row-major, valid until the next {@link #downsample}. */
    float[] image64() {
        return image64;
    }

    /** Luminance, tent-filtered and decimated to 64x64 into {@link #image64()}. */
    void downsample(Mat image) {
        int rows = image.rows();
        int cols = image.cols();
        JaroszWeights rowWeights = JaroszWeights.forLength(rows);
        JaroszWeights columnWeights = JaroszWeights.forLength(cols);
        if (luma.length < rows * cols) luma = new float[rows * cols];
        if (rowsSampled.length < N * cols) rowsSampled = new float[N * cols];
        lumaOf(image);
        // Rows first, so the inner loops run along contiguous image rows, two filter taps at a time; the
        // two axes' filters commute, so the order does not change the result.
        float[] plane = luma;
        float[] sampled = rowsSampled;
        for (int r = 0; r < N; r++) {
            float[] w = rowWeights.weights(r);
            int src = rowWeights.start(r) * cols;
            int out = r * cols;
            float first = w[0];
            for (int x = 0; x < cols; x++) sampled[out + x] = first * plane[src + x];
            int k = 1;
            for (; k + 1 < w.length; k += 2) {
                float w0 = w[k];
                float w1 = w[k + 1];
                int s0 = src + k * cols;
                int s1 = s0 + cols;
                for (int x = 0; x < cols; x++) sampled[out + x] += w0 * plane[s0 + x] + w1 * plane[s1 + x];
            }
            if (k < w.length) {
                float last = w[k];
                int s0 = src + k * cols;
                for (int x = 0; x < cols; x++) sampled[out + x] += last * plane[s0 + x];
            }
        }
        for (int r = 0; r < N; r++) {
            int row = r * cols;
            for (int c = 0; c < N; c++) {
                float[] w = columnWeights.weights(c);
                int from = row + columnWeights.start(c);
                float sum = 0f;
                for (int k = 0; k < w.length; k++) sum += w[k] * sampled[from + k];
                image64[r * N + c] = sum;
            }
        }
    }

    /**
     * PDQ's luminance, 0.299 R + 0.587 G + 0.114 B, into {@link #luma}. OpenCV's colour
     * conversion uses exactly these weights on floating-point input and does it with vector
     * instructions, three times faster than a Java loop over interleaved bytes.
     */
    private void lumaOf(Mat image) {
        Mat floats = new Mat();
        Mat grey = new Mat();
        try {
            image.convertTo(floats, CvType.CV_32F);
            Mat source = floats;
            if (image.channels() > 1) {
                Imgproc.cvtColor(floats, grey, image.channels() == 4 ? Imgproc.COLOR_BGRA2GRAY : Imgproc.COLOR_BGR2GRAY);
                source = grey;
            }
            source.get(0, 0, luma);
        } finally {
            floats.release();
            grey.release();
        }
    }

    /**
     * The reference's quality: the sum of absolute neighbour differences over the 64x64 image, each
     * scaled to 0-100 and truncated, divided by 90 and capped at 100. Flat images score low.
     */
    int quality() {
        int sum = 0;
        for (int i = 0; i < N - 1; i++) {
            for (int j = 0; j < N; j++) {
                sum += Math.abs((int) ((image64[i * N + j] - image64[(i + 1) * N + j]) * 100 / 255));
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N - 1; j++) {
                sum += Math.abs((int) ((image64[i * N + j] - image64[i * N + j + 1]) * 100 / 255));
            }
        }
        return Math.min(PdqHash.MAX_QUALITY, sum / 90);
    }
}
