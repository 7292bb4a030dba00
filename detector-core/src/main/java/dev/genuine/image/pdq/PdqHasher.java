package dev.genuine.image.pdq;

import dev.genuine.image.OpenCv;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes PDQ hashes, written from the published description: luminance, at most 512 px, a two-pass
 * Jarosz tent filter decimated to 64x64, the 16x16 low-frequency block of a DCT without its DC term,
 * and each coefficient's bit set when it lies above the median of the 256.
 *
 * <p>An instance reuses its buffers and is not thread-safe: use one per thread.
 */
public final class PdqHasher {
    /** Longer images are first shrunk to this size, as the PDQ description allows, to bound the cost. */
    public static final int MAX_SIDE = 512;
    private static final int N = JaroszWeights.SAMPLES;
    private static final int COEFFS = 16;
    private static final float[] DCT = dctMatrix();

    private float[] luma = new float[0];
    private float[] rowsSampled = new float[0];
    private final float[] image64 = new float[N * N];
    private final float[] folded = new float[N * N];
    private final float[] partial = new float[COEFFS * N];
    private final float[] coefficients = new float[COEFFS * COEFFS];
    private final float[] variant = new float[COEFFS * COEFFS];
    private final float[] scratch = new float[COEFFS * COEFFS];

    public PdqHasher() {
        OpenCv.load();
    }

    /** The hash of a decoded 8-bit image: 1 (grey), 3 (BGR) or 4 (BGRA) channels. */
    public PdqHash hash(Mat image) {
        int quality = coefficientsOf(image);
        return threshold(coefficients, quality);
    }

    /** The hashes of the image's eight rotations and mirrors, in {@link Dihedral} order. */
    public Map<Dihedral, PdqHash> hashDihedral(Mat image) {
        int quality = coefficientsOf(image);
        Map<Dihedral, PdqHash> hashes = new EnumMap<>(Dihedral.class);
        for (Dihedral d : Dihedral.values()) {
            d.transform(coefficients, variant);
            hashes.put(d, threshold(variant, quality));
        }
        return Collections.unmodifiableMap(hashes);
    }

    /** Reads and hashes an image file. */
    public PdqHash hash(Path file) throws IOException {
        Mat image = decode(Files.readAllBytes(file), file.toString());
        try {
            return hash(image);
        } finally {
            image.release();
        }
    }

    /** Reads an image file and hashes its eight rotations and mirrors. */
    public Map<Dihedral, PdqHash> hashDihedral(Path file) throws IOException {
        Mat image = decode(Files.readAllBytes(file), file.toString());
        try {
            return hashDihedral(image);
        } finally {
            image.release();
        }
    }

    /** Decodes and hashes an encoded image (JPEG, PNG, WebP...); {@code name} is for the error message. */
    public PdqHash hash(byte[] encoded, String name) throws IOException {
        Mat image = decode(encoded, name);
        try {
            return hash(image);
        } finally {
            image.release();
        }
    }

    /**
     * Decodes as the reference tools read images: colour, and the stored pixel order without applying
     * an EXIF orientation, so hashes compare with theirs.
     */
    private static Mat decode(byte[] encoded, String name) throws IOException {
        MatOfByte buffer = new MatOfByte(encoded);
        try {
            Mat image = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_COLOR | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
            if (image.empty()) {
                image.release();
                throw new IOException(name + ": not a readable image");
            }
            return image;
        } finally {
            buffer.release();
        }
    }

    /** Fills {@link #coefficients} with the image's 16x16 DCT block and returns its quality. */
    private int coefficientsOf(Mat image) {
        if (image.depth() != CvType.CV_8U || image.channels() == 2 || image.channels() > 4 || image.empty()) {
            throw new IllegalArgumentException("PDQ needs an 8-bit grey, BGR or BGRA image, got " + image);
        }
        int longer = Math.max(image.rows(), image.cols());
        if (longer <= MAX_SIDE) {
            downsample(image);
        } else {
            double scale = (double) MAX_SIDE / longer;
            Size size = new Size(Math.max(1, Math.round(image.cols() * scale)), Math.max(1, Math.round(image.rows() * scale)));
            Mat smaller = new Mat();
            try {
                Imgproc.resize(image, smaller, size, 0, 0, Imgproc.INTER_AREA);
                downsample(smaller);
            } finally {
                smaller.release();
            }
        }
        dct();
        return quality();
    }

    /** Luminance, tent-filtered and decimated to 64x64 into {@link #image64}. */
    private void downsample(Mat image) {
        int rows = image.rows();
        int cols = image.cols();
        JaroszWeights rowWeights = JaroszWeights.forLength(rows);
        JaroszWeights columnWeights = JaroszWeights.forLength(cols);
        if (luma.length < rows * cols) luma = new float[rows * cols];
        if (rowsSampled.length < N * cols) rowsSampled = new float[N * cols];
        lumaOf(image);
        // Rows first: the inner loops then run along contiguous image rows, two filter taps at a time,
        // which the JIT vectorizes; the two axes' filters commute, so the order does not change the result.
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
     * PDQ's luminance, 0.299 R + 0.587 G + 0.114 B, into {@link #luma} row by row. OpenCV's colour
     * conversion uses exactly these weights on floating-point input and does it with vector
     * instructions, several times faster than a Java loop over interleaved bytes.
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
     * {@link #coefficients} = D * image64 * D^T with the 16x64 DCT matrix D. Row i of D is symmetric
     * (odd i) or antisymmetric (even i) about its middle, so each product folds the 64 inputs into 32
     * sums or differences first and does half the multiplications.
     */
    private void dct() {
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

    /**
     * The reference's quality: the sum of absolute neighbour differences over the 64x64 image, each
     * scaled to 0-100 and truncated, divided by 90 and capped at 100. Flat images score low.
     */
    private int quality() {
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

    /** Bit k set where coefficient k exceeds the median (the 128th smallest) of the 256. */
    private PdqHash threshold(float[] values, int quality) {
        System.arraycopy(values, 0, scratch, 0, scratch.length);
        float median = select(scratch, scratch.length / 2 - 1);
        long[] words = new long[4];
        for (int k = 0; k < values.length; k++) {
            if (values[k] > median) words[k >>> 6] |= 1L << (k & 63);
        }
        return PdqHash.ofWords(words, quality);
    }

    /** The {@code rank}-th smallest value (0-based), partially reordering {@code a} (Hoare's selection). */
    private static float select(float[] a, int rank) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    float t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (rank <= j) hi = j;
            else if (rank >= i) lo = i;
            else return a[rank];
        }
        return a[rank];
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
