package dev.genuine.models.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a shipped embedding model is and how well it did: the card stored beside the model file, read by
 * the matcher (its threshold) and by the test that holds the model to its recorded bar.
 *
 * @param similarityThreshold cosine similarity a match must reach, chosen on the held-out curve at per-query {@code matchFpr}
 * @param matchRecall         held-out recall, all edits pooled, at that threshold
 * @param recallBar           pooled per-pair recall at {@code testFpr} the test's small held-out set must stay above
 */
public record ModelCard(String version, int inputSize, int channels, int embeddingDimensions, String architecture,
                        String objective, String trainingData, String trainingDataSha256, long seed,
                        EmbeddingTrainer.Settings settings, List<Double> epochLoss, String modelSha256,
                        int heldOutSources, List<HeldOutFigure> heldOut, double matchFpr, double similarityThreshold, double matchRecall,
                        int testSources, long testSeed, double testFpr, double testMeasured, double recallBar,
                        String command) {
    /** The shipped card, on the classpath next to {@link PhotoEmbedder#SHIPPED_MODEL}. */
    public static final String SHIPPED_CARD = "/dev/genuine/models/embedding/photo-embedding.json";

    /** One held-out edit's recall at a false-positive rate (per "pair" or per "query"), for the embedding and for PHash. */
    public record HeldOutFigure(String edit, String negatives, double fpr, double embeddingRecall, double phashRecall) {}

    public ModelCard {
        Objects.requireNonNull(version, "version");
        heldOut = List.copyOf(heldOut);
        epochLoss = List.copyOf(epochLoss);
        if (!(similarityThreshold > -1 && similarityThreshold < 1)) {
            throw new IllegalArgumentException("similarityThreshold must be in (-1, 1), was " + similarityThreshold);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ModelCard shipped() {
        try (InputStream in = ModelCard.class.getResourceAsStream(SHIPPED_CARD)) {
            if (in == null) {
                throw new IllegalStateException("shipped model card missing from the classpath: " + SHIPPED_CARD);
            }
            return JSON.readValue(in, ModelCard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model card " + SHIPPED_CARD, e);
        }
    }

    public static ModelCard read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ModelCard.class);
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    /** The held-out figures as the Markdown table EMBEDDING.md shows: per edit, recall per pair and per query, embedding and PHash. */
    public String heldOutTable() {
        Map<String, Map<String, HeldOutFigure>> byEdit = new LinkedHashMap<>();
        for (HeldOutFigure f : heldOut) {
            byEdit.computeIfAbsent(f.edit(), e -> new HashMap<>()).put(f.negatives(), f);
        }
        StringBuilder out = new StringBuilder("| edit | embedding, pair FPR 1% | PHash, pair FPR 1% | embedding, query FPR 1% | PHash, query FPR 1% |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        byEdit.forEach((edit, figures) -> {
            HeldOutFigure pair = figures.get("pair");
            HeldOutFigure query = figures.get("query");
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", edit, pair.embeddingRecall(), pair.phashRecall(),
                    query.embeddingRecall(), query.phashRecall()));
        });
        return out.toString();
    }
}
