package dev.genuine.models.embedding;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.L2NormalizeVertex;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The embedding CNN: a strided 5x5 convolution and pooling early (so the costly layers see 12x12 maps),
 * two 3x3 convolutions, a linear 64-unit layer L2-normalized into the embedding, and, for training only,
 * a scaled bias-free softmax over the training photos (a cosine softmax: the loss itself works on the
 * normalized embedding, so cosine similarity is what training shapes).
 */
public final class EmbeddingNetwork {
    /** Numbers in an embedding. */
    public static final int DIMENSIONS = 64;
    /** Name of the graph vertex whose activations are the embedding. */
    public static final String EMBEDDING = "embedding";
    /** Logit scale: normalized features need it for the softmax to become confident (NormFace uses 10-30). */
    static final double SCALE = 16;

    private EmbeddingNetwork() {}

    /** A fresh, initialized network that tells {@code classes} training photos apart. */
    public static ComputationGraph create(int classes, long seed, double learningRate) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .l2(1e-4)
                .graphBuilder()
                .addInputs("photo")
                .setInputTypes(InputType.convolutional(PhotoInput.SIZE, PhotoInput.SIZE, PhotoInput.CHANNELS))
                .addLayer("conv1", new ConvolutionLayer.Builder(5, 5).stride(2, 2).padding(2, 2).nOut(8).activation(Activation.RELU).build(), "photo")
                .addLayer("pool1", pool(), "conv1")
                .addLayer("conv2", new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(16).activation(Activation.RELU).build(), "pool1")
                .addLayer("pool2", pool(), "conv2")
                .addLayer("conv3", new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(32).activation(Activation.RELU).build(), "pool2")
                .addLayer("pool3", pool(), "conv3")
                .addLayer("dense", new DenseLayer.Builder().nOut(DIMENSIONS).activation(Activation.IDENTITY).build(), "pool3")
                .addVertex(EMBEDDING, new L2NormalizeVertex(), "dense")
                .addVertex("scaled", new ScaleVertex(SCALE), EMBEDDING)
                .addLayer("classes", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .hasBias(false).activation(Activation.SOFTMAX).build(), "scaled")
                .setOutputs("classes")
                .build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static SubsamplingLayer pool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }
}
