package dev.genuine.models.embedding;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores of edited held-out photos against the untouched originals (and their mirrors, as the matcher
 * indexes them), for the embedding and for PHash: a query against its own original is a positive pair,
 * against every other original a negative pair. Two false-positive rates are reported: per pair, and per
 * query (the best-scoring wrong original among all the others, which is what an index lookup sees).
 * The originals come from generator seeds never trained on.
 */
public final class HeldOutScores {
    /** One edit's recall at the false-positive rate, for both methods. */
    public record Row(HeldOutEdit edit, RecallAtFpr embedding, RecallAtFpr hash) {}

    /** Whether a false positive is counted per pair of photos or per query against all references. */
    public enum Negatives { PAIR, QUERY }

    private record Scores(double[] positives, double[] negatives, double[] nearestWrong) {
        double[] negatives(Negatives kind) {
            return kind == Negatives.PAIR ? negatives : nearestWrong;
        }
    }

    private final Map<HeldOutEdit, Scores> embedding = new EnumMap<>(HeldOutEdit.class);
    private final Map<HeldOutEdit, Scores> hash = new EnumMap<>(HeldOutEdit.class);
    private final int sources;

    private HeldOutScores(int sources) {
        this.sources = sources;
    }

    /** Scores {@code sources} held-out photos under every edit; the same arguments give the same scores. */
    public static HeldOutScores compute(PhotoEmbedder embedder, int sources, long seed) {
        SourcePhotoGenerator generator = new SourcePhotoGenerator();
        List<BufferedImage> references = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            BufferedImage original = generator.generate(EmbeddingTrainer.HELD_OUT_SEED_BASE + seed * 10_000 + i);
            references.add(original);
            references.add(PhotoEdits.mirror(original));
        }
        float[][] referenceVectors = embedder.embed(references);
        long[] referenceHashes = references.stream().mapToLong(PerceptualHash::hash).toArray();
        HeldOutScores scores = new HeldOutScores(sources);
        for (HeldOutEdit edit : HeldOutEdit.values()) {
            List<BufferedImage> queries = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                queries.add(edit.apply(references.get(2 * i), new SplittableRandom(seed * 7919 + i * 31L + edit.ordinal())));
            }
            float[][] vectors = embedder.embed(queries);
            double[][] embeddingMatrix = new double[sources][sources];
            double[][] hashMatrix = new double[sources][sources];
            for (int q = 0; q < sources; q++) {
                long queryHash = PerceptualHash.hash(queries.get(q));
                for (int r = 0; r < sources; r++) {
                    embeddingMatrix[q][r] = Math.max(PhotoEmbedder.similarity(vectors[q], referenceVectors[2 * r]),
                            PhotoEmbedder.similarity(vectors[q], referenceVectors[2 * r + 1]));
                    // Higher must mean "more alike" for RecallAtFpr, so the hash score is minus the distance.
                    hashMatrix[q][r] = -Math.min(PerceptualHash.distance(queryHash, referenceHashes[2 * r]),
                            PerceptualHash.distance(queryHash, referenceHashes[2 * r + 1]));
                }
            }
            scores.embedding.put(edit, split(embeddingMatrix));
            scores.hash.put(edit, split(hashMatrix));
        }
        return scores;
    }

    public int sources() {
        return sources;
    }

    /** Recall per edit at {@code fpr} of negative pairs or of queries. */
    public List<Row> rows(double fpr, Negatives kind) {
        List<Row> rows = new ArrayList<>();
        for (HeldOutEdit edit : HeldOutEdit.values()) {
            Scores e = embedding.get(edit);
            Scores h = hash.get(edit);
            rows.add(new Row(edit, RecallAtFpr.of(e.positives(), e.negatives(kind), fpr), RecallAtFpr.of(h.positives(), h.negatives(kind), fpr)));
        }
        return rows;
    }

    /** The embedding's recall with all edits pooled under one threshold: the figure the shipped model is held to. */
    public RecallAtFpr pooledEmbedding(double fpr, Negatives kind) {
        List<Scores> all = new ArrayList<>(embedding.values());
        return RecallAtFpr.of(all.stream().flatMapToDouble(s -> Arrays.stream(s.positives())).toArray(),
                all.stream().flatMapToDouble(s -> Arrays.stream(s.negatives(kind))).toArray(), fpr);
    }

    private static Scores split(double[][] matrix) {
        int n = matrix.length;
        double[] positives = new double[n];
        double[] negatives = new double[n * (n - 1)];
        double[] nearestWrong = new double[n];
        Arrays.fill(nearestWrong, Double.NEGATIVE_INFINITY);
        int k = 0;
        for (int q = 0; q < n; q++) {
            for (int r = 0; r < n; r++) {
                if (q == r) {
                    positives[q] = matrix[q][r];
                } else {
                    negatives[k++] = matrix[q][r];
                    nearestWrong[q] = Math.max(nearestWrong[q], matrix[q][r]);
                }
            }
        }
        return new Scores(positives, negatives, nearestWrong);
    }
}
