package dev.genuine.models.embedding;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Maps product photos to L2-normalized {@value EmbeddingNetwork#DIMENSIONS}-number embeddings, many photos
 * per network call (one input array per batch, reused). Thread-safe: calls are serialized, since a DL4J
 * network is not safe to share; run one embedder per thread for parallel work.
 */
public final class PhotoEmbedder implements AutoCloseable {
    /** The shipped model, on the classpath. */
    public static final String SHIPPED_MODEL = "/dev/genuine/models/embedding/photo-embedding.zip";
    /** Photos per network call: large enough to amortize the call, small enough to stay in cache. */
    public static final int BATCH = 64;

    private final ComputationGraph net;
    private final float[] pixels = new float[BATCH * PhotoInput.LENGTH];
    private final INDArray input = Nd4j.create(DataType.FLOAT, BATCH, PhotoInput.CHANNELS, PhotoInput.SIZE, PhotoInput.SIZE);

    public PhotoEmbedder(ComputationGraph net) {
        this.net = net;
    }

    /** The embedder with the model shipped in this module. */
    public static PhotoEmbedder shipped() {
        try (InputStream in = PhotoEmbedder.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("shipped embedding model missing from the classpath: " + SHIPPED_MODEL);
            }
            return new PhotoEmbedder(ModelSerializer.restoreComputationGraph(in, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped embedding model " + SHIPPED_MODEL, e);
        }
    }

    /** The embedder with a model file written by {@link EmbeddingTrainer}. */
    public static PhotoEmbedder load(Path modelZip) throws IOException {
        try (InputStream in = Files.newInputStream(modelZip)) {
            return new PhotoEmbedder(ModelSerializer.restoreComputationGraph(in, false));
        }
    }

    public float[] embed(BufferedImage photo) {
        return embed(List.of(photo))[0];
    }

    /** One embedding per photo, in order. */
    public synchronized float[][] embed(List<BufferedImage> photos) {
        float[][] out = new float[photos.size()][];
        for (int start = 0; start < photos.size(); start += BATCH) {
            int n = Math.min(BATCH, photos.size() - start);
            for (int i = 0; i < n; i++) {
                PhotoInput.fill(photos.get(start + i), pixels, i * PhotoInput.LENGTH);
            }
            float[][] rows = n == BATCH ? fullBatch() : partialBatch(n);
            for (int i = 0; i < n; i++) {
                // The graph already normalizes; again here so float rounding never leaves a norm off 1.
                out[start + i] = normalize(rows[i]);
            }
        }
        return out;
    }

    /** A full batch runs in the reused input array: a fixed shape lets ND4J reuse its buffers. */
    private float[][] fullBatch() {
        input.data().setData(pixels);
        try (INDArray activations = net.feedForward(input, false).get(EmbeddingNetwork.EMBEDDING)) {
            return activations.toFloatMatrix();
        }
    }

    /**
     * A partial batch runs in an array of its own size: a scan embeds a listing's one or two photos at a time, and
     * running the whole fixed batch for them cost about 30 ms per listing (measured by bench ImageScanShare).
     */
    private float[][] partialBatch(int n) {
        try (INDArray small = Nd4j.create(Arrays.copyOf(pixels, n * PhotoInput.LENGTH),
                new long[]{n, PhotoInput.CHANNELS, PhotoInput.SIZE, PhotoInput.SIZE}, DataType.FLOAT);
             INDArray activations = net.feedForward(small, false).get(EmbeddingNetwork.EMBEDDING)) {
            return activations.toFloatMatrix();
        }
    }

    static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(sum, 1e-12)));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** Cosine similarity of two normalized embeddings. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    @Override
    public void close() {
        input.close();
        net.close();
    }
}
