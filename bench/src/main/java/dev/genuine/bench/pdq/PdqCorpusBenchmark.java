package dev.genuine.bench.pdq;

import dev.genuine.image.OpenCv;
import dev.genuine.image.pdq.PdqHash;
import dev.genuine.image.pdq.PdqHasher;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Decode against decode + PDQ averaged over real listing photos: each operation takes the next JPEG of
 * {@code corpus} (a folder, read at run time, at most {@code limit} files, in name order).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PdqCorpusBenchmark {
    @Param("../shared/bench/img")
    String corpus;

    @Param("200")
    int limit;

    private final List<MatOfByte> jpegs = new ArrayList<>();
    private PdqHasher hasher;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        OpenCv.load();
        hasher = new PdqHasher();
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".jpg")).sorted().limit(limit)
                    .forEach(p -> jpegs.add(new MatOfByte(read(p))));
        }
        if (jpegs.isEmpty()) throw new IllegalArgumentException("no .jpg files in " + corpus);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jpegs.forEach(Mat::release);
    }

    @Benchmark
    public int decode() {
        Mat image = Imgcodecs.imdecode(jpegs.get(next++ % jpegs.size()), Imgcodecs.IMREAD_COLOR);
        try {
            return image.rows();
        } finally {
            image.release();
        }
    }

    @Benchmark
    public PdqHash decodeAndPdq() {
        Mat image = Imgcodecs.imdecode(jpegs.get(next++ % jpegs.size()), Imgcodecs.IMREAD_COLOR);
        try {
            return hasher.hash(image);
        } finally {
            image.release();
        }
    }
}
