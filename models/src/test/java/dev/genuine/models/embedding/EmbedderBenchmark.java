package dev.genuine.models.embedding;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Photos per second for the shipped embedder on 320-px photos (a listing photo's usual size): the whole
 * embedding, its input preparation alone and its network alone, against the earlier baseline
 * network (three 3x3 convolutions of 16/32/64 filters on 64-px colour input) run under the same load;
 * and one HNSW lookup among 10,000 references. Scores are per photo / per lookup.
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
    private ComputationGraph network;
    private MultiLayerNetwork baseline;
    private INDArray prepared;
    private INDArray baselineInput;

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
        try (InputStream in = PhotoEmbedder.class.getResourceAsStream(PhotoEmbedder.SHIPPED_MODEL)) {
            network = ModelSerializer.restoreComputationGraph(in, false);
        }
        float[] batch = new float[PHOTOS * PhotoInput.LENGTH];
        for (int i = 0; i < PHOTOS; i++) {
            PhotoInput.fill(photos.get(i), batch, i * PhotoInput.LENGTH);
        }
        prepared = Nd4j.create(batch, new long[]{PHOTOS, PhotoInput.CHANNELS, PhotoInput.SIZE, PhotoInput.SIZE}, DataType.FLOAT);
        baseline = baselineNetwork();
        baselineInput = Nd4j.rand(DataType.FLOAT, PHOTOS, 3, 64, 64);
    }

    /** The network measured before this work: 16/32/64 filters of 3x3 with 2x2 pooling, on 64-px colour. */
    private static MultiLayerNetwork baselineNetwork() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(16).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(32).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(64).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(EmbeddingNetwork.DIMENSIONS).activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(64, 64, 3))
                .build());
        net.init();
        return net;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        embedder.close();
        index.close();
        network.close();
        baseline.close();
        prepared.close();
        baselineInput.close();
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

    /** The shipped network alone, on a prepared batch. */
    @Benchmark
    @OperationsPerInvocation(PHOTOS)
    public Map<String, INDArray> networkOnly() {
        return network.feedForward(prepared, false);
    }

    /** The earlier baseline network alone, on a batch of the same size. */
    @Benchmark
    @OperationsPerInvocation(PHOTOS)
    public INDArray baselineNetwork64px() {
        return baseline.output(baselineInput);
    }

    @Benchmark
    public List<EmbeddingIndex.Neighbour> nearestAmong10000() throws IOException {
        return index.nearest(query, 4);
    }
}
