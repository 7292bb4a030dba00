package dev.genuine.models.scorer;

import dev.genuine.models.calibration.Calibrator;
import dev.genuine.models.calibration.Calibrators;
import dev.genuine.models.card.ModelCard;
import dev.genuine.score.Candidate;
import dev.genuine.score.Reason;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.score.Scorer;
import dev.genuine.signal.Observation;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learned takedown scorer: a small DL4J network over {@link FeatureSchema} features, calibrated so a score
 * of 0.9 means about 90% of such candidates infringe. All candidates of a call are scored as one batch.
 *
 * <p>Reasons are occlusion attributions: an observation's weight is the calibrated score minus the score the
 * candidate gets without that observation, divided by the sum of all its observations' absolute drops. Weights
 * are signed: a mitigating observation (referential use, an authorized seller) has a negative weight, and the
 * absolute weights sum to 1 unless no observation moved the score. Two identical observations mask each other
 * (removing either changes nothing), so both get 0.
 */
public final class MlpScorer implements Scorer {
    public static final String NAME = "mlp";
    public static final String MODEL_FILE = "model.zip";
    public static final String CARD_FILE = "card.json";

    private final MultiLayerNetwork network;
    private final Calibrator calibrator;
    private final ModelCard card;
    private final FeatureSchema schema = FeatureSchema.CURRENT;

    MlpScorer(MultiLayerNetwork network, Calibrator calibrator, ModelCard card) {
        this.network = Objects.requireNonNull(network, "network");
        this.calibrator = Objects.requireNonNull(calibrator, "calibrator");
        this.card = Objects.requireNonNull(card, "card");
        schema.requireCompatible(card.featureSchemaVersion(), card.features());
    }

    /** Loads a model folder holding {@value #MODEL_FILE} and {@value #CARD_FILE}. */
    public static MlpScorer load(Path folder) {
        Path card = folder.resolve(CARD_FILE);
        try (InputStream model = Files.newInputStream(folder.resolve(MODEL_FILE))) {
            return load(model, Files.readString(card), card.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Loads from a network stream and the card's JSON text; {@code source} names the card in errors. */
    public static MlpScorer load(InputStream model, String cardJson, String source) throws IOException {
        ModelCard card = ModelCard.fromJson(cardJson, source);
        Calibrator calibrator = Calibrators.restore(card.calibrator(), card.calibratorParameters());
        return new MlpScorer(ModelSerializer.restoreMultiLayerNetwork(model, false), calibrator, card);
    }

    /** Writes {@value #MODEL_FILE} and {@value #CARD_FILE} into the folder, creating it. */
    public void save(Path folder) {
        try {
            Files.createDirectories(folder);
            synchronized (network) {
                ModelSerializer.writeModel(network, folder.resolve(MODEL_FILE).toFile(), false);
            }
            Files.writeString(folder.resolve(CARD_FILE), card.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return card.version();
    }

    public ModelCard card() {
        return card;
    }

    public Calibrator calibrator() {
        return calibrator;
    }

    /** The network's own outputs, before calibration, one per candidate. */
    public double[] rawScores(List<Candidate> candidates) {
        // MultiLayerNetwork.output is not thread-safe; one batch at a time.
        synchronized (network) {
            return outputs(network, schema, candidates);
        }
    }

    /** One forward pass over the whole batch. */
    static double[] outputs(MultiLayerNetwork network, FeatureSchema schema, List<Candidate> candidates) {
        if (candidates.isEmpty()) return new double[0];
        try (INDArray features = schema.vectorize(candidates); INDArray out = network.output(features, false)) {
            return out.reshape(candidates.size()).toDoubleVector();
        }
    }

    /** Calibrated probabilities of infringement, one per candidate. */
    public double[] probabilities(List<Candidate> candidates) {
        double[] raw = rawScores(candidates);
        for (int i = 0; i < raw.length; i++) raw[i] = Math.max(0, Math.min(1, calibrator.calibrate(raw[i])));
        return raw;
    }

    @Override
    public List<ScoredCandidate> score(List<Candidate> candidates) {
        // One batch holds every candidate followed by each candidate once per explained observation, left out.
        List<Candidate> batch = new ArrayList<>(candidates);
        List<List<Observation>> explained = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Observation> obs = c.observations().stream().filter(o -> explains(c, o)).toList();
            explained.add(obs);
            for (Observation o : obs) batch.add(without(c, o));
        }
        double[] p = probabilities(batch);
        List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
        int next = candidates.size();
        for (int i = 0; i < candidates.size(); i++) {
            List<Observation> obs = explained.get(i);
            double[] drops = new double[obs.size()];
            double total = 0;
            for (int k = 0; k < drops.length; k++) {
                drops[k] = p[i] - p[next++];
                total += Math.abs(drops[k]);
            }
            List<Reason> reasons = new ArrayList<>(obs.size());
            for (int k = 0; k < drops.length; k++) reasons.add(reason(candidates.get(i), obs.get(k), total == 0 ? 0 : drops[k] / total));
            scored.add(new ScoredCandidate(candidates.get(i), p[i], reasons));
        }
        return scored;
    }

    private boolean explains(Candidate c, Observation o) {
        return schema.reads(o.signal()) && (o.isListingWide() || Objects.equals(o.rightsHolderId(), c.rightsHolderId()));
    }

    private static Candidate without(Candidate c, Observation left) {
        List<Observation> rest = new ArrayList<>(c.observations());
        rest.remove(left);
        return new Candidate(c.listingId(), c.rightsHolderId(), c.brand(), rest);
    }

    private static Reason reason(Candidate c, Observation o, double weight) {
        String holder = o.rightsHolderId() != null ? o.rightsHolderId() : c.rightsHolderId();
        String brand = o.brand() != null ? o.brand() : c.brand();
        return new Reason(o.signal(), o.markId(), holder, brand, o.detail(), weight);
    }
}
