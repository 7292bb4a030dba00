package dev.genuine.bench.pdq;

import dev.genuine.image.OpenCv;
import dev.genuine.image.pdq.PdqHasher;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * PDQ's cost as a share of JPEG decoding, in this thread's CPU time rather than wall time, so the figure
 * holds on a machine shared with other work (where JMH's wall-clock scores swing with the load):
 * {@code java -cp bench/target/benchmarks.jar dev.genuine.bench.pdq.PdqCpuShare DIR [LIMIT]}.
 */
public final class PdqCpuShare {
    private static final int ROUNDS = 5;
    private static final int REPEATS = 20;

    private PdqCpuShare() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: PdqCpuShare DIR [LIMIT]");
        OpenCv.load();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<MatOfByte> jpegs = new ArrayList<>();
        List<Mat> decoded = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().toLowerCase().endsWith(".jpg")).sorted().limit(limit).toList()) {
                MatOfByte bytes = new MatOfByte(Files.readAllBytes(p));
                jpegs.add(bytes);
                decoded.add(Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR));
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PdqHasher hasher = new PdqHasher();
        double images = (double) REPEATS * jpegs.size();
        for (int round = 1; round <= ROUNDS; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < REPEATS; r++) {
                for (MatOfByte jpeg : jpegs) Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR).release();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < REPEATS; r++) decoded.forEach(hasher::hash);
            long t2 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < REPEATS; r++) decoded.forEach(hasher::hashDihedral);
            long t3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d, %d images: decode %.0f us, PDQ %.0f us (%.0f%% of decode), PDQ with dihedral %.0f us (%.0f%%)%s%n",
                    round, jpegs.size(), (t1 - t0) / images / 1e3, (t2 - t1) / images / 1e3, 100.0 * (t2 - t1) / (t1 - t0),
                    (t3 - t2) / images / 1e3, 100.0 * (t3 - t2) / (t1 - t0), round == 1 ? " (warm-up)" : "");
        }
        jpegs.forEach(Mat::release);
        decoded.forEach(Mat::release);
    }
}
