package dev.genuine.models.scorer;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.constraint.NonNegativeConstraint;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the scorer's small multilayer perceptron: input columns -> tanh -> tanh -> one sigmoid unit, with every
 * weight kept non-negative (biases are free). tanh and sigmoid never fall, so the score never falls as an input
 * column rises: {@link FeatureSchema#vectorize} feeds each feature the way round its known direction needs, and
 * both ways round where the direction is not known. tanh rather than ReLU: with non-negative weights a ReLU
 * network's logit is convex in its inputs, which cannot express evidence that saturates.
 */
final class ScorerNetwork {
    /** What the model card records of the architecture (the layer sizes are in the training settings). */
    static final String DESCRIPTION = "tanh-tanh-sigmoid, non-negative weights, inputs by feature direction";

    private ScorerNetwork() {}

    static MultiLayerNetwork build(int inputs, TrainingConfig config) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate()))
                .l2(config.l2())
                // Workspaces change nothing numerically; off keeps memory use flat for a network this small.
                .trainingWorkspaceMode(WorkspaceMode.NONE)
                .inferenceWorkspaceMode(WorkspaceMode.NONE)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(config.hidden1()).activation(Activation.TANH)
                        .weightInit(nonNegative(inputs)).constrainWeights(new NonNegativeConstraint()).build())
                .layer(new DenseLayer.Builder().nIn(config.hidden1()).nOut(config.hidden2()).activation(Activation.TANH)
                        .weightInit(nonNegative(config.hidden1())).constrainWeights(new NonNegativeConstraint()).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(config.hidden2()).nOut(1)
                        .activation(Activation.SIGMOID)
                        .weightInit(nonNegative(config.hidden2())).constrainWeights(new NonNegativeConstraint()).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    /** Weights drawn from [0, 2 / inputs): non-negative from the start, a unit's mean input about one input's worth. */
    private static UniformDistribution nonNegative(int inputs) {
        return new UniformDistribution(0, 2.0 / inputs);
    }
}
