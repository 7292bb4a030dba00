package dev.genuine.models.scorer;

import dev.genuine.json.CanonicalJson;
import dev.genuine.models.calibration.Calibrator;
import dev.genuine.models.calibration.Calibrators;
import dev.genuine.models.card.ModelCard;
import dev.genuine.models.card.ModelMetrics;
import dev.genuine.score.Candidate;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains the learned scorer from labelled candidates, whatever their source (the testdata generator, or
 * moderators' decisions and appeal outcomes): a seeded split into training, calibration and test parts, a
 * seeded network fit, the better-calibrating calibrator, and a model card with the held-out figures.
 */
public final class ScorerTrainer {
    public static final String MODEL_NAME = "takedown-scorer";
    private static final FeatureSchema SCHEMA = FeatureSchema.CURRENT;

    private ScorerTrainer() {}

    public static TrainedScorer train(List<LabelledCandidate> examples, TrainingConfig config) {
        requireBothLabels(examples);
        Split split = Split.of(examples, config);
        List<LabelledCandidate> heldOut = split.test();
        List<LabelledCandidate> calibrationSet = split.calibration();
        List<LabelledCandidate> trainingSet = split.training();

        MultiLayerNetwork network = fit(trainingSet, config);
        double[] calibrationRaw = raw(network, calibrationSet);
        Calibrator calibrator = Calibrators.fitBest(calibrationRaw, ModelEvaluation.labels(calibrationSet));

        double[] testRaw = raw(network, heldOut);
        boolean[] testLabels = ModelEvaluation.labels(heldOut);
        double[] testCalibrated = Arrays.stream(testRaw).map(calibrator::calibrate).toArray();
        ModelMetrics uncalibrated = ModelEvaluation.evaluate(testRaw, testLabels, config.thresholds());
        ModelMetrics metrics = ModelEvaluation.evaluate(testCalibrated, testLabels, config.thresholds());

        String dataHash = trainingDataHash(examples);
        Map<String, Object> hyperparameters = new LinkedHashMap<>(config.asCardEntry());
        hyperparameters.put("network", ScorerNetwork.DESCRIPTION);
        // The version names everything that shapes the model: data, features, network, settings and calibration.
        String version = "mlp-" + CanonicalJson.sha256Hex(dataHash + FeatureSchema.VERSION + CanonicalJson.write(hyperparameters)
                + config.seed() + calibrator.kind() + CanonicalJson.write(calibrator.parameters())).substring(0, 12);
        ModelCard card = new ModelCard(MODEL_NAME, version, config.dataAsOf().toString(), FeatureSchema.VERSION, SCHEMA.names(),
                dataHash, examples.size(), config.seed(), hyperparameters, calibrator.kind(), calibrator.parameters(),
                uncalibrated, metrics);
        return new TrainedScorer(new MlpScorer(network, calibrator, card), heldOut);
    }

    /** The test split {@link #train} holds out for these examples and configuration; the card's metrics are measured on it. */
    public static List<LabelledCandidate> heldOut(List<LabelledCandidate> examples, TrainingConfig config) {
        return Split.of(examples, config).test();
    }

    /** SHA-256 over the canonical JSON of the labelled examples, in the order given. */
    public static String trainingDataHash(List<LabelledCandidate> examples) {
        return CanonicalJson.sha256Hex(CanonicalJson.write(examples));
    }

    /**
     * Seeds ND4J and walks the training set in a seeded order, one mini-batch at a time, so two runs with
     * the same seed make identical updates.
     */
    private static MultiLayerNetwork fit(List<LabelledCandidate> trainingSet, TrainingConfig config) {
        Nd4j.getRandom().setSeed(config.seed());
        MultiLayerNetwork network = ScorerNetwork.build(SCHEMA.inputWidth(), config);
        Random order = new Random(config.seed());
        List<Candidate> candidates = trainingSet.stream().map(LabelledCandidate::candidate).toList();
        float[][] labelRows = new float[trainingSet.size()][1];
        for (int i = 0; i < labelRows.length; i++) labelRows[i][0] = trainingSet.get(i).infringing() ? 1 : 0;
        try (INDArray features = SCHEMA.vectorize(candidates); INDArray labels = Nd4j.create(labelRows)) {
            List<Integer> rows = new ArrayList<>(IntStream.range(0, candidates.size()).boxed().toList());
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                Collections.shuffle(rows, order);
                for (int from = 0; from < rows.size(); from += config.batchSize()) {
                    int[] batch = rows.subList(from, Math.min(rows.size(), from + config.batchSize())).stream().mapToInt(Integer::intValue).toArray();
                    try (INDArray x = features.getRows(batch); INDArray y = labels.getRows(batch)) {
                        network.fit(new DataSet(x, y));
                    }
                }
            }
        }
        return network;
    }

    private static double[] raw(MultiLayerNetwork network, List<LabelledCandidate> examples) {
        return MlpScorer.outputs(network, SCHEMA, examples.stream().map(LabelledCandidate::candidate).toList());
    }

    private static void requireBothLabels(List<LabelledCandidate> examples) {
        long positives = examples.stream().filter(LabelledCandidate::infringing).count();
        if (positives == 0 || positives == examples.size()) {
            throw new IllegalArgumentException("training needs both infringing and not-infringing examples; got "
                    + positives + " infringing of " + examples.size());
        }
    }
}
