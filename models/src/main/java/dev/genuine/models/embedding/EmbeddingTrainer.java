package dev.genuine.models.embedding;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Trains the embedding by instance discrimination: every generated source photo is its own class and its
 * random edits are that class's samples, so the softmax learns to tell photos apart whatever was done to
 * them; the L2-normalized layer before the softmax is the embedding. Chosen over a triplet or siamese
 * objective because DL4J trains it with a stock loss (no custom loss, no shared-weight twin graph, no pair
 * mining), and with the cosine softmax of {@link EmbeddingNetwork} it optimizes the cosine similarity that
 * retrieval uses.
 */
public final class EmbeddingTrainer {
    /** Source seeds from here on are never trained on: the held-out photos. */
    public static final long HELD_OUT_SEED_BASE = 1_000_000_000L;

    /** What to train on and how long. */
    public record Settings(int sources, int augmentations, int epochs, long seed, double learningRate, int batch) {
        public Settings {
            if (sources < 2) throw new IllegalArgumentException("sources must be at least 2, was " + sources);
            if (augmentations < 1) throw new IllegalArgumentException("augmentations must be at least 1, was " + augmentations);
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
            if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, was " + batch);
            if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be positive, was " + learningRate);
        }

        /** The shipped model's settings, as constants for command-line defaults. */
        public static final int SHIPPED_SOURCES = 400;
        public static final int SHIPPED_AUGMENTATIONS = 24;
        public static final int SHIPPED_EPOCHS = 12;
        public static final long SHIPPED_SEED = 20261124L;

        /** The settings the shipped model was trained with. */
        public static Settings shipped() {
            return new Settings(SHIPPED_SOURCES, SHIPPED_AUGMENTATIONS, SHIPPED_EPOCHS, SHIPPED_SEED, 2e-3, 64);
        }
    }

    /** A trained network, its mean training loss per epoch, and the SHA-256 of the exact training inputs. */
    public record Result(ComputationGraph network, List<Double> epochLoss, String trainingDataSha256) {
        public Result {
            epochLoss = List.copyOf(epochLoss);
        }
    }

    /**
     * Trains and writes the model with its card: {@code [--sources N] [--augmentations N] [--epochs N]
     * [--seed N] [--learning-rate X] [--out DIR]}; defaults are the shipped model's settings and folder.
     */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Set<String> known = Set.of("--sources", "--augmentations", "--epochs", "--seed", "--learning-rate", "--out", "--remeasure");
        if (args.length % 2 != 0 || !known.containsAll(options.keySet())) {
            usage("");
        }
        try {
            if (options.containsKey("--remeasure")) {
                EmbeddingRelease.remeasure(Path.of(options.get("--remeasure")), System.out);
                return;
            }
            Settings d = Settings.shipped();
            Settings settings = new Settings(
                    Integer.parseInt(options.getOrDefault("--sources", String.valueOf(d.sources()))),
                    Integer.parseInt(options.getOrDefault("--augmentations", String.valueOf(d.augmentations()))),
                    Integer.parseInt(options.getOrDefault("--epochs", String.valueOf(d.epochs()))),
                    Long.parseLong(options.getOrDefault("--seed", String.valueOf(d.seed()))),
                    Double.parseDouble(options.getOrDefault("--learning-rate", String.valueOf(d.learningRate()))),
                    d.batch());
            Path out = Path.of(options.getOrDefault("--out", "models/src/main/resources/dev/genuine/models/embedding"));
            EmbeddingRelease.release(settings, out, "EmbeddingTrainer " + String.join(" ", args), System.out);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage() + "\n");
        } catch (IOException e) {
            System.err.println("embedding training failed: " + e);
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem + "usage: EmbeddingTrainer [--sources N] [--augmentations N] [--epochs N] [--seed N] [--learning-rate X] [--out DIR]\n"
                + "       EmbeddingTrainer --remeasure DIR   (measure the model in DIR again and rewrite its card)");
        System.exit(2);
    }

    private final SourcePhotoGenerator generator = new SourcePhotoGenerator();
    private final PhotoAugmenter augmenter = new PhotoAugmenter();

    public Result train(Settings settings) {
        int samples = settings.sources() * settings.augmentations();
        float[] pool = new float[samples * PhotoInput.LENGTH];
        int[] labels = new int[samples];
        SplittableRandom rnd = new SplittableRandom(settings.seed());
        for (int s = 0; s < settings.sources(); s++) {
            BufferedImage source = generator.generate(s);
            for (int a = 0; a < settings.augmentations(); a++) {
                int i = s * settings.augmentations() + a;
                // The first sample of each class is the untouched photo: the reference the index will hold.
                BufferedImage img = a == 0 ? source : augmenter.augment(source, rnd);
                PhotoInput.fill(img, pool, i * PhotoInput.LENGTH);
                labels[i] = s;
            }
        }
        ComputationGraph net = EmbeddingNetwork.create(settings.sources(), settings.seed(), settings.learningRate());
        List<Double> losses = new ArrayList<>();
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) order[i] = i;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, rnd);
            double sum = 0;
            int batches = 0;
            for (int start = 0; start < samples; start += settings.batch()) {
                int n = Math.min(settings.batch(), samples - start);
                sum += fitBatch(net, pool, labels, order, start, n, settings.sources());
                batches++;
            }
            losses.add(sum / batches);
        }
        return new Result(net, losses, sha256(pool, labels));
    }

    private static double fitBatch(ComputationGraph net, float[] pool, int[] labels, int[] order, int start, int n, int classes) {
        float[] x = new float[n * PhotoInput.LENGTH];
        float[] y = new float[n * classes];
        for (int i = 0; i < n; i++) {
            int sample = order[start + i];
            System.arraycopy(pool, sample * PhotoInput.LENGTH, x, i * PhotoInput.LENGTH, PhotoInput.LENGTH);
            y[i * classes + labels[sample]] = 1;
        }
        try (INDArray features = Nd4j.create(x, new long[]{n, PhotoInput.CHANNELS, PhotoInput.SIZE, PhotoInput.SIZE}, DataType.FLOAT);
             INDArray targets = Nd4j.create(y, new long[]{n, classes}, DataType.FLOAT)) {
            net.fit(new DataSet(features, targets));
            return net.score();
        }
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static String sha256(float[] pool, int[] labels) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(4 * 4096);
            for (int i = 0; i < pool.length; i++) {
                if (!buffer.hasRemaining()) {
                    digest.update(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putFloat(pool[i]);
            }
            digest.update(buffer.array(), 0, buffer.position());
            for (int label : labels) {
                digest.update(ByteBuffer.allocate(4).putInt(label).array());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
