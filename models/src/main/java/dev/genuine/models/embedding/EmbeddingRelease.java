package dev.genuine.models.embedding;

import org.deeplearning4j.util.ModelSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Trains a model, measures it on held-out photos and writes the model file with its card: the whole
 * procedure behind the shipped model, so retraining with the same settings reproduces it.
 */
public final class EmbeddingRelease {
    /** Model version written into the card. */
    public static final String VERSION = "photo-embedding-1";
    public static final String MODEL_FILE = "photo-embedding.zip";
    public static final String CARD_FILE = "photo-embedding.json";
    /** Held-out originals the card's per-edit figures are measured on. */
    public static final int HELD_OUT_SOURCES = 200;
    /**
     * Per-query false-positive rate the matcher's threshold is chosen at: an unrelated photo looked up
     * among {@value #HELD_OUT_SOURCES} references passes it at most this often.
     */
    public static final double MATCH_FPR = 0.01;
    /** The small held-out set the shipped-model test re-measures, and the slack its bar allows. */
    static final int TEST_SOURCES = 24;
    static final long TEST_SEED = 2;
    static final double TEST_FPR = 0.01;
    static final double TEST_SLACK = 0.05;
    private static final String ARCHITECTURE = "conv5x5/2 x8, maxpool2, conv3x3 x16, maxpool2, conv3x3 x32, maxpool2, dense 64, "
            + "L2-normalize (the embedding), x" + (int) EmbeddingNetwork.SCALE + ", bias-free softmax over the training photos";
    private static final String OBJECTIVE = "instance discrimination with a cosine softmax: each training photo is a class, "
            + "its random edits the samples; cross-entropy";

    private EmbeddingRelease() {}

    /** Trains with {@code settings}, writes the model and its card, as version {@value #VERSION}, into {@code folder}. */
    public static ModelCard release(EmbeddingTrainer.Settings settings, Path folder, String command, PrintStream log) throws IOException {
        return release(settings, folder, dataSha256 -> VERSION, command, log);
    }

    /**
     * Trains with {@code settings}, writes the model and its card into {@code folder}, the card's version named
     * by {@code versionOfData} from the SHA-256 of the exact training inputs (known only once they are drawn).
     */
    public static ModelCard release(EmbeddingTrainer.Settings settings, Path folder, Function<String, String> versionOfData,
                                    String command, PrintStream log) throws IOException {
        long start = System.nanoTime();
        EmbeddingTrainer.Result result = new EmbeddingTrainer().train(settings);
        log.printf("trained in %.0f s, loss per epoch %s%n", (System.nanoTime() - start) / 1e9, result.epochLoss());
        Files.createDirectories(folder);
        Path model = folder.resolve(MODEL_FILE);
        ModelSerializer.writeModel(result.network(), model.toFile(), false);
        try (PhotoEmbedder embedder = new PhotoEmbedder(result.network())) {
            return measure(embedder, versionOfData.apply(result.trainingDataSha256()), settings, result.epochLoss(),
                    result.trainingDataSha256(), folder, command, log);
        }
    }

    /** Measures the model already in {@code folder} again and rewrites its card, keeping what training recorded. */
    public static ModelCard remeasure(Path folder, PrintStream log) throws IOException {
        ModelCard old = ModelCard.read(folder.resolve(CARD_FILE));
        try (PhotoEmbedder embedder = PhotoEmbedder.load(folder.resolve(MODEL_FILE))) {
            return measure(embedder, old.version(), old.settings(), old.epochLoss(), old.trainingDataSha256(), folder, old.command(), log);
        }
    }

    private static ModelCard measure(PhotoEmbedder embedder, String version, EmbeddingTrainer.Settings settings, List<Double> epochLoss,
                                     String dataSha256, Path folder, String command, PrintStream log) throws IOException {
        HeldOutScores heldOut = HeldOutScores.compute(embedder, HELD_OUT_SOURCES, 1);
        List<ModelCard.HeldOutFigure> figures = new ArrayList<>();
        for (HeldOutScores.Negatives kind : HeldOutScores.Negatives.values()) {
            for (HeldOutScores.Row row : heldOut.rows(0.01, kind)) {
                figures.add(new ModelCard.HeldOutFigure(row.edit().label(), kind.name().toLowerCase(), 0.01,
                        row.embedding().recall(), row.hash().recall()));
            }
        }
        RecallAtFpr match = heldOut.pooledEmbedding(MATCH_FPR, HeldOutScores.Negatives.QUERY);
        double testMeasured = HeldOutScores.compute(embedder, TEST_SOURCES, TEST_SEED)
                .pooledEmbedding(TEST_FPR, HeldOutScores.Negatives.PAIR).recall();
        ModelCard card = new ModelCard(version, PhotoInput.SIZE, PhotoInput.CHANNELS, EmbeddingNetwork.DIMENSIONS,
                ARCHITECTURE, OBJECTIVE,
                settings.sources() + " product-like photos drawn by SourcePhotoGenerator (seeds 0.." + (settings.sources() - 1)
                        + ", four views per drawn scene), " + settings.augmentations() + " samples each (the original + random "
                        + "PhotoAugmenter edits: crop up to 30%, mirror, rotation up to 8 degrees, colour shift, text overlay, "
                        + "watermark, border up to 20%, JPEG q25-84); no bench images",
                dataSha256, settings.seed(), settings, epochLoss, sha256(folder.resolve(MODEL_FILE)),
                HELD_OUT_SOURCES, figures, MATCH_FPR, match.threshold(), match.recall(),
                TEST_SOURCES, TEST_SEED, TEST_FPR, testMeasured, Math.max(0, testMeasured - TEST_SLACK), command);
        card.write(folder.resolve(CARD_FILE));
        log.print(card.heldOutTable());
        log.printf("matcher threshold at per-query FPR %.2f: similarity %.3f (pooled recall %.3f); test set recall %.3f (bar %.3f)%n",
                MATCH_FPR, match.threshold(), match.recall(), testMeasured, card.recallBar());
        return card;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
