package dev.genuine.image.features;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.image.OpenCv;
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
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Time to match one 320 x 320 listing photo (decode, SIFT, one index query, verification) against a registry
 * of {@code logos} synthetic logos (each indexed at two sizes, as is and inverted) and 40 product photos
 * (as is and mirrored). Run after {@code mvn -B -q -o -pl detector-core test-compile}:
 * {@code java -cp detector-core/target/test-classes:detector-core/target/classes:$(cat cp.txt)
 * org.openjdk.jmh.Main FeatureMatchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class FeatureMatchBenchmark {
    @Param({"100", "1000"})
    public int logos;

    private MemoryImageStore store;
    private ReferenceIndex index;
    private FeatureImageMatcher matcher;
    private String withLogo;
    private String withoutLogo;

    @Setup(Level.Trial)
    public void setUp() {
        OpenCv.load();
        store = new MemoryImageStore();
        index = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.empty())
                .build(SyntheticRegistry.of(logos, store), store).index();
        matcher = new FeatureImageMatcher(index, store, FeatureSettings.DEFAULT, MatchThresholds.DEFAULT);
        Mat photo = SyntheticImages.busyBackground(320, 320, 5);
        withoutLogo = store.put(SyntheticImages.jpeg(photo, 85));
        SyntheticImages.paste(photo, SyntheticImages.logoPng("ABCD", 3), 0.3, 4, 160, 160, new Scalar(20, 20, 20));
        withLogo = store.put(SyntheticImages.jpeg(photo, 85));
        photo.release();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    @Benchmark
    public Object photoWithLogo() {
        return matcher.matchImage(withLogo);
    }

    @Benchmark
    public Object photoWithoutLogo() {
        return matcher.matchImage(withoutLogo);
    }
}
