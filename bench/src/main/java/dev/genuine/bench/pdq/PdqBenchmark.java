package dev.genuine.bench.pdq;

import dev.genuine.image.OpenCv;
import dev.genuine.image.pdq.Dihedral;
import dev.genuine.image.pdq.PdqHash;
import dev.genuine.image.pdq.PdqHasher;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What a PDQ fingerprint adds to decoding a listing photo: JPEG decode alone against decode + PDQ (and
 * + all eight dihedral hashes), and PDQ alone on an already decoded image, at 320 and 1024 px.
 *
 * <p>The JPEG is made in setup from {@code source} (any image file, resized to {@code size} px wide)
 * or, when that is empty, from a drawn picture with photographic noise, encoded at quality 90.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PdqBenchmark {
    @Param({"320", "1024"})
    int size;

    @Param("")
    String source;

    private MatOfByte jpeg;
    private Mat decoded;
    private PdqHasher hasher;

    @Setup(Level.Trial)
    public void setUp() {
        OpenCv.load();
        hasher = new PdqHasher();
        Mat picture = source.isEmpty() ? drawn(size, 3L) : resized(source, size);
        try {
            jpeg = new MatOfByte();
            Imgcodecs.imencode(".jpg", picture, jpeg, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 90));
        } finally {
            picture.release();
        }
        decoded = Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jpeg.release();
        decoded.release();
    }

    @Benchmark
    public int decode() {
        Mat image = Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR);
        try {
            return image.rows();
        } finally {
            image.release();
        }
    }

    @Benchmark
    public PdqHash decodeAndPdq() {
        Mat image = Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR);
        try {
            return hasher.hash(image);
        } finally {
            image.release();
        }
    }

    @Benchmark
    public Map<Dihedral, PdqHash> decodeAndPdqDihedral() {
        Mat image = Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR);
        try {
            return hasher.hashDihedral(image);
        } finally {
            image.release();
        }
    }

    @Benchmark
    public PdqHash pdqOnDecoded() {
        return hasher.hash(decoded);
    }

    private static Mat resized(String path, int width) {
        Mat original = Imgcodecs.imread(path, Imgcodecs.IMREAD_COLOR);
        if (original.empty()) throw new IllegalArgumentException(path + ": not a readable image");
        Mat out = new Mat();
        try {
            int height = (int) Math.round(original.rows() * (double) width / original.cols());
            Imgproc.resize(original, out, new Size(width, height), 0, 0, Imgproc.INTER_CUBIC);
            return out;
        } finally {
            original.release();
        }
    }

    /** Gradient, shapes and sensor-like noise: busy enough that the JPEG is photo-sized, not a flat drawing. */
    static Mat drawn(int side, long seed) {
        Random random = new Random(seed);
        Mat m = new Mat(side, side, CvType.CV_8UC3);
        for (int y = 0; y < side; y++) {
            Imgproc.line(m, new Point(0, y), new Point(side - 1, y), new Scalar(255.0 * y / side, 120, 220 - 180.0 * y / side));
        }
        for (int i = 0; i < 40; i++) {
            Scalar colour = new Scalar(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Point centre = new Point(random.nextInt(side), random.nextInt(side));
            Imgproc.circle(m, centre, 4 + random.nextInt(side / 6), colour, -1, Imgproc.LINE_AA);
        }
        Mat noise = new Mat(side, side, CvType.CV_8UC3);
        try {
            Core.randn(noise, 0, 12);
            Core.add(m, noise, m);
        } finally {
            noise.release();
        }
        Imgproc.GaussianBlur(m, m, new Size(3, 3), 0);
        return m;
    }
}
