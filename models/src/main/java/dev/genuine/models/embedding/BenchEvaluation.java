package dev.genuine.models.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the embedding and PHash on an evaluation corpus laid out as {@code shared/bench} is: registry
 * product photos are the references, photo-reuse listings' images the positives, and images of listings
 * that re-use no official photo the negatives. Measurement only: nothing here is trained on the corpus.
 */
public final class BenchEvaluation {
    /** Clean cases whose images are not official photos (authorized sellers and some second-hand listings use them legitimately). */
    private static final Set<String> NEGATIVE_CASES = Set.of("unrelated", "referential", "common-word", "near-name");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchEvaluation() {}

    /** {@code BenchEvaluation BENCH_DIR [MODEL_ZIP]}: prints recall at 1% and 0.1% FPR, embedding vs PHash. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: BenchEvaluation BENCH_DIR [MODEL_ZIP]");
            System.exit(2);
        }
        Path bench = Path.of(args[0]);
        try (PhotoEmbedder embedder = args.length > 1 ? PhotoEmbedder.load(Path.of(args[1])) : PhotoEmbedder.shipped()) {
            run(bench, embedder, ModelCard.shipped().similarityThreshold());
        } catch (IOException e) {
            System.err.println("cannot evaluate on " + bench + ": " + e);
            System.exit(1);
        }
    }

    static void run(Path bench, PhotoEmbedder embedder, double threshold) throws IOException {
        Map<String, BufferedImage> references = new LinkedHashMap<>();
        try (DirectoryStream<Path> holders = Files.newDirectoryStream(bench.resolve("registry"))) {
            for (Path holder : holders) {
                JsonNode registry = JSON.readTree(holder.resolve("registry.json").toFile());
                for (JsonNode product : registry.path("products")) {
                    for (JsonNode image : product.path("images")) {
                        BufferedImage photo = read(holder.resolve(image.asText()));
                        if (photo != null) references.put(bench.relativize(holder.resolve(image.asText())).toString(), photo);
                    }
                }
            }
        }
        List<String> refKeys = new ArrayList<>(references.keySet());
        List<BufferedImage> refImages = new ArrayList<>();
        for (BufferedImage img : references.values()) {
            refImages.add(img);
            refImages.add(PhotoEdits.mirror(img));
        }
        float[][] refVectors = embedder.embed(refImages);
        long[] refHashes = refImages.stream().mapToLong(PerceptualHash::hash).toArray();

        Map<String, JsonNode> listings = readLines(bench.resolve("listings.jsonl"), "id");
        List<Double> embPos = new ArrayList<>(), embNeg = new ArrayList<>(), hashPos = new ArrayList<>(), hashNeg = new ArrayList<>();
        int positives = 0, topOne = 0, found = 0;
        for (JsonNode label : readLines(bench.resolve("labels.jsonl"), "listingId").values()) {
            String kind = label.path("case").asText();
            boolean positive = kind.equals("photo-reuse");
            if (!positive && !NEGATIVE_CASES.contains(kind)) continue;
            for (JsonNode image : listings.get(label.path("listingId").asText()).path("images")) {
                BufferedImage img = read(bench.resolve(image.asText()));
                if (img == null) continue;
                float[] v = embedder.embed(img);
                long h = PerceptualHash.hash(img);
                if (positive) {
                    int source = refKeys.indexOf(label.path("variant").path("source").asText());
                    if (source < 0) {
                        System.err.println(label.path("listingId").asText() + ": source photo " + label.path("variant").path("source") + " is not a reference; skipped");
                        continue;
                    }
                    double sim = similarity(v, refVectors, source);
                    embPos.add(sim);
                    hashPos.add(-(double) distance(h, refHashes, source));
                    positives++;
                    int best = nearest(v, refVectors);
                    if (best == source) topOne++;
                    if (best == source && sim >= threshold) found++;
                } else {
                    embNeg.add(similarity(v, refVectors, nearest(v, refVectors)));
                    int bestHash = Integer.MAX_VALUE;
                    for (int r = 0; r < refKeys.size(); r++) bestHash = Math.min(bestHash, distance(h, refHashes, r));
                    hashNeg.add(-(double) bestHash);
                }
            }
        }
        System.out.printf("references %d photos (+ mirrors), positives %d photo-reuse images, negatives %d clean images%n",
                refKeys.size(), positives, embNeg.size());
        System.out.printf("embedding nearest reference is the source: %d / %d; found at threshold %.3f: %d / %d; clean images at or above it: %d%n",
                topOne, positives, threshold, found, positives, embNeg.stream().filter(s -> s >= threshold).count());
        for (double fpr : new double[]{0.01, 0.001}) {
            RecallAtFpr e = RecallAtFpr.of(array(embPos), array(embNeg), fpr);
            RecallAtFpr p = RecallAtFpr.of(array(hashPos), array(hashNeg), fpr);
            System.out.printf("FPR %.3f: embedding recall %.3f (similarity > %.3f), PHash recall %.3f (distance < %.0f)%n",
                    fpr, e.recall(), e.threshold(), p.recall(), -p.threshold());
        }
    }

    /** The image, or null (reported) when it is missing or not an image. */
    private static BufferedImage read(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) System.err.println(file + ": not an image; skipped");
            return img;
        } catch (IOException e) {
            System.err.println(file + ": " + e.getMessage() + "; skipped");
            return null;
        }
    }

    private static double similarity(float[] v, float[][] refs, int reference) {
        return Math.max(PhotoEmbedder.similarity(v, refs[2 * reference]), PhotoEmbedder.similarity(v, refs[2 * reference + 1]));
    }

    private static int distance(long h, long[] refs, int reference) {
        return Math.min(PerceptualHash.distance(h, refs[2 * reference]), PerceptualHash.distance(h, refs[2 * reference + 1]));
    }

    private static int nearest(float[] v, float[][] refs) {
        int best = 0;
        for (int r = 1; r < refs.length / 2; r++) {
            if (similarity(v, refs, r) > similarity(v, refs, best)) best = r;
        }
        return best;
    }

    private static Map<String, JsonNode> readLines(Path file, String key) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode node = JSON.readTree(line);
                out.put(node.path(key).asText(), node);
            }
        }
        return out;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
