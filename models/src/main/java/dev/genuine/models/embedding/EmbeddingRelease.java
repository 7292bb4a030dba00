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

/**
 * Trains a model, measures it on held-out photos and writes the model file with its card: the whole
 * procedure behind the shipped model, so retraining with the same settings reproduces it.
 */
public final class EmbeddingRelease {
    /** Model version written into the card. */
    public static final String VERSION = "photo-embedding-1";
    /** Held-out originals the card's per-edit figures are measured on. */
    public static final int HELD_OUT_SOURCES = 200;
    /** Per-pair false-positive rate the matcher's similarity threshold is chosen at. */
    public static final double MATCH_FPR = 0.001;
    /** The small held-out set the shipped-model test re-measures, and the slack its bar allows. */
    static final int TEST_SOURCES = 24;
    static final long TEST_SEED = 2;
    static final double TEST_FPR = 0.01;
    static final double TEST_SLACK = 0.05;

    private EmbeddingRelease() {}

    /** Trains with {@code settings}, writes {@code photo-embedding.zip} and {@code .json} into {@code folder}. */
    public static ModelCard release(EmbeddingTrainer.Settings settings, Path folder, String command, PrintStream log) throws IOException {
        long start = System.nanoTime();
        EmbeddingTrainer.Result result = new EmbeddingTrainer().train(settings);
        log.printf("trained in %.0f s, loss per epoch %s%n", (System.nanoTime() - start) / 1e9, result.epochLoss());
        Files.createDirectories(folder);
        Path model = folder.resolve("photo-embedding.zip");
        ModelSerializer.writeModel(result.network(), model.toFile(), false);
        try (PhotoEmbedder embedder = new PhotoEmbedder(result.network())) {
            HeldOutScores heldOut = HeldOutScores.compute(embedder, HELD_OUT_SOURCES, 1);
            List<ModelCard.HeldOutFigure> figures = new ArrayList<>();
            for (double fpr : new double[]{0.01, 0.001}) {
                for (HeldOutScores.Row row : heldOut.rows(fpr)) {
                    figures.add(new ModelCard.HeldOutFigure(row.edit().label(), fpr, row.embedding().recall(), row.hash().recall()));
                }
            }
            double threshold = heldOut.pooledEmbedding(MATCH_FPR).threshold();
            double testMeasured = HeldOutScores.compute(embedder, TEST_SOURCES, TEST_SEED).pooledEmbedding(TEST_FPR).recall();
            ModelCard card = new ModelCard(VERSION, PhotoInput.SIZE, PhotoInput.CHANNELS, EmbeddingNetwork.DIMENSIONS,
                    "conv5x5/2 x8, maxpool2, conv3x3 x16, maxpool2, conv3x3 x32, maxpool2, dense 64 (linear, the embedding), softmax over training photos; "
                            + result.network().numParams() + " parameters",
                    "instance discrimination: each training photo is a class, its random edits the samples; cross-entropy; embedding = L2-normalized layer before the softmax",
                    settings.sources() + " product-like photos drawn by SourcePhotoGenerator (seeds 0.." + (settings.sources() - 1)
                            + "), " + settings.augmentations() + " samples each (the original + random PhotoAugmenter edits: crop up to 30%, mirror, rotation up to 8 degrees, colour shift, text overlay, watermark, border up to 18%, JPEG q25-84); no bench images",
                    result.trainingDataSha256(), settings.seed(), settings, result.epochLoss(), sha256(model),
                    HELD_OUT_SOURCES, figures, MATCH_FPR, threshold, TEST_SOURCES, TEST_SEED, TEST_FPR, testMeasured,
                    Math.max(0, testMeasured - TEST_SLACK), command);
            card.write(folder.resolve("photo-embedding.json"));
            log.print(table(heldOut));
            log.printf("similarity threshold at per-pair FPR %.3f: %.3f; test set recall %.3f (bar %.3f)%n",
                    MATCH_FPR, threshold, testMeasured, card.recallBar());
            return card;
        }
    }

    /** The per-edit table in Markdown, as EMBEDDING.md shows it. */
    static String table(HeldOutScores heldOut) {
        StringBuilder out = new StringBuilder("| edit | embedding @1% | PHash @1% | embedding @0.1% | PHash @0.1% |\n| --- | ---: | ---: | ---: | ---: |\n");
        List<HeldOutScores.Row> one = heldOut.rows(0.01);
        List<HeldOutScores.Row> tenth = heldOut.rows(0.001);
        for (int i = 0; i < one.size(); i++) {
            out.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f |%n", one.get(i).edit().label(),
                    one.get(i).embedding().recall(), one.get(i).hash().recall(), tenth.get(i).embedding().recall(), tenth.get(i).hash().recall()));
        }
        return out.toString();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
