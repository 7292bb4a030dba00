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
    private static final int COEFFS = PdqDct.COEFFS;

    private final PdqDownsampler downsampler = new PdqDownsampler();
    private final PdqDct dct = new PdqDct();
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

    /** Decodes an encoded image and hashes its eight rotations and mirrors; {@code name} is for the error message. */
    public Map<Dihedral, PdqHash> hashDihedral(byte[] encoded, String name) throws IOException {
        Mat image = decode(encoded, name);
        try {
            return hashDihedral(image);
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
            downsampler.downsample(image);
        } else {
            double scale = (double) MAX_SIDE / longer;
            Size size = new Size(Math.max(1, Math.round(image.cols() * scale)), Math.max(1, Math.round(image.rows() * scale)));
            Mat smaller = new Mat();
            try {
                Imgproc.resize(image, smaller, size, 0, 0, Imgproc.INTER_AREA);
                downsampler.downsample(smaller);
            } finally {
                smaller.release();
            }
        }
        dct.transform(downsampler.image64(), coefficients);
        return downsampler.quality();
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
}
