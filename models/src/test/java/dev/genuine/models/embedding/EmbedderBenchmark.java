package dev.genuine.models.embedding;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Photos per second for the shipped embedder on 320-px photos (a listing photo's usual size), with and
 * without the network, and one HNSW lookup among 10,000 references. Scores are per photo / per lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EmbedderBenchmark {
    private static final int PHOTOS = PhotoEmbedder.BATCH;

    private final List<BufferedImage> photos = new ArrayList<>();
    private final float[] pixels = new float[PhotoInput.LENGTH];
    private PhotoEmbedder embedder;
    private EmbeddingIndex index;
    private float[] query;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        embedder = PhotoEmbedder.shipped();
        SourcePhotoGenerator generator = new SourcePhotoGenerator();
        for (int i = 0; i < PHOTOS; i++) {
            photos.add(PhotoEdits.resize(generator.generate(EmbeddingTrainer.HELD_OUT_SEED_BASE + i), 320));
        }
        Random rnd = new Random(1);
        index = EmbeddingIndex.inMemory();
        for (int i = 0; i < 10_000; i++) {
            float[] v = new float[EmbeddingNetwork.DIMENSIONS];
            for (int d = 0; d < v.length; d++) v[d] = (float) rnd.nextGaussian();
            index.add("ref-" + i, "sha-" + i, PhotoEmbedder.normalize(v));
        }
        index.build();
        query = embedder.embed(photos.get(0));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        embedder.close();
        index.close();
    }

    /** Resize, luminance, standardize and the network, for a batch of 64 photos. */
    @Benchmark
    @OperationsPerInvocation(PHOTOS)
    public float[][] embedBatch() {
        return embedder.embed(photos);
    }

    /** The input preparation alone (resize, luminance, standardize), to separate it from the network. */
    @Benchmark
    @OperationsPerInvocation(PHOTOS)
    public float[] prepareInputs() {
        for (BufferedImage photo : photos) {
            PhotoInput.fill(photo, pixels, 0);
        }
        return pixels;
    }

    @Benchmark
    public List<EmbeddingIndex.Neighbour> nearestAmong10000() throws IOException {
        return index.nearest(query, 4);
    }
}
