package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Set;

import static dev.genuine.models.scorer.Feature.Direction.EITHER;
import static dev.genuine.models.scorer.Feature.Direction.LOWERS;
import static dev.genuine.models.scorer.Feature.Direction.RAISES;

/**
 * The one definition of the learned scorer's inputs: names, order and how each is computed from a candidate.
 * Versioned and stored in the model card, so a model is only ever fed the features it was trained on.
 * Signals it does not know are ignored, so a new signal never breaks a shipped model.
 */
public final class FeatureSchema {
    /** Bumped whenever a feature is added, removed, reordered, computed differently or given another direction. */
    public static final String VERSION = "4";

    private static final String WORD = "word-mark";
    private static final String VOCAB = "counterfeit-language";
    private static final String REVIEWS = "buyer-reviews";
    private static final String PRICE = "price";
    /** A price ratio above this counts as full price; ratios are scaled into [0, 1] by it. */
    private static final double PRICE_RATIO_CAP = 2.0;
    /**
     * Decades of price / MSRP told apart below full price: a copy sells at a fraction of the price, an accessory for
     * the product at a hundredth of it, which a linear ratio barely distinguishes.
     */
    private static final double PRICE_DECADES = 3.0;
    private static final int ALLEGATIONS_CAP = 20;
    private static final int STRIKES_CAP = 5;
    private static final String PRODUCT_NAME = "product-name";
    private static final Set<String> HOLDER_BOUND = Set.of(WORD, PRODUCT_NAME, PRICE, "unauthorized-seller", "product-photo", "logo");
    /** The holder-bound observations that say whether the listing is filed where the holder makes goods. */
    private static final List<String> CATEGORY_EVIDENCE = List.of(WORD, PRODUCT_NAME, "logo", "product-photo");
    private static final Set<String> KNOWN_EVASIONS = Set.of("leetspeak", "confusable", "split-letters", "typo");

    private static final List<Feature> FEATURES = List.of(
            new Feature("word-mark", "strongest word-mark match", RAISES, v -> v.strongest(WORD)),
            new Feature("word-mark-exact", "a word mark matched with edit distance 0", EITHER, v -> v.anyEquals(WORD, "editDistance", 0)),
            new Feature("word-mark-typo", "a word mark matched with one typo", EITHER, v -> v.anyEquals(WORD, "editDistance", 1)),
            new Feature("evasion-leetspeak", "match needed leetspeak undoing", RAISES, v -> v.anyListItem(WORD, "transformations", Set.of("leetspeak"), false)),
            new Feature("evasion-confusable", "match needed confusable skeletons", RAISES, v -> v.anyListItem(WORD, "transformations", Set.of("confusable"), false)),
            new Feature("evasion-split", "match needed joining split letters", RAISES, v -> v.anyListItem(WORD, "transformations", Set.of("split-letters"), false)),
            new Feature("evasion-typo", "match needed a typo correction", RAISES, v -> v.anyListItem(WORD, "transformations", Set.of("typo"), false)),
            new Feature("evasion-other", "match needed another transformation", RAISES, v -> v.anyListItem(WORD, "transformations", KNOWN_EVASIONS, true)),
            new Feature("mark-in-title", "a word mark matched in the title", EITHER, v -> v.anyEquals(WORD, "field", "title")),
            new Feature("mark-common-word", "the matched mark is also an ordinary word", LOWERS, v -> v.anyFlag(WORD, "commonWord")),
            new Feature("product-name", "a product's model name matched, share of the name (at least half)", RAISES, v -> v.strongest(PRODUCT_NAME)),
            new Feature("category-match", "listing category is one of the holder's product categories, by the holder's word mark, model name, logo or photo match",
                    EITHER, v -> CATEGORY_EVIDENCE.stream().mapToDouble(signal -> v.anyFlag(signal, "categoryMatch")).max().orElse(0)),
            new Feature("counterfeit-language", "counterfeit vocabulary strength", RAISES, v -> v.strongest(VOCAB)),
            new Feature("counterfeit-in-title", "counterfeit vocabulary in the title", RAISES, v -> v.anyFlag(VOCAB, "inTitle")),
            new Feature("buyer-reviews", "buyer reviews alleging a fake, strength", RAISES, v -> v.strongest(REVIEWS)),
            new Feature("allegations", "log-scaled count of alleging reviews, capped at " + ALLEGATIONS_CAP,
                    RAISES, v -> Math.log1p(Math.min(ALLEGATIONS_CAP, v.maxNumber(REVIEWS, "allegations", 0))) / Math.log1p(ALLEGATIONS_CAP)),
            new Feature("price-known", "an MSRP was found to compare the price with", EITHER, v -> v.has(PRICE) ? 1 : 0),
            new Feature("price-ratio", "price / MSRP, clipped at " + PRICE_RATIO_CAP + " and scaled to [0, 1]; 1 when unknown",
                    LOWERS, v -> Math.min(PRICE_RATIO_CAP, v.minNumber(PRICE, "ratio", PRICE_RATIO_CAP)) / PRICE_RATIO_CAP),
            new Feature("price-ratio-log", "log10(price / MSRP) clipped to [-" + PRICE_DECADES + ", 0] and scaled to [0, 1]; 1 when unknown",
                    LOWERS, v -> 1 + Math.max(-PRICE_DECADES, Math.min(0, Math.log10(v.minNumber(PRICE, "ratio", 1)))) / PRICE_DECADES),
            new Feature("price-below-half", "price below 50% of MSRP", RAISES, v -> v.minNumber(PRICE, "ratio", 1) < 0.5 ? 1 : 0),
            new Feature("price", "price signal strength", RAISES, v -> v.strongest(PRICE)),
            new Feature("unauthorized-seller", "merchant is not on the holder's authorized list", RAISES, v -> v.strongest("unauthorized-seller")),
            new Feature("authorized-seller", "merchant is on the holder's authorized list", LOWERS, v -> v.strongest("authorized-seller")),
            new Feature("product-photo", "official product photo match strength", RAISES, v -> v.strongest("product-photo")),
            new Feature("logo", "logo match strength", RAISES, v -> v.strongest("logo")),
            new Feature("repeat-strikes", "merchant's prior strikes, capped at " + STRIKES_CAP,
                    RAISES, v -> Math.min(STRIKES_CAP, v.maxNumber("repeat-infringer", "strikes", 0)) / STRIKES_CAP),
            new Feature("referential", "referential use (compatible with, for)", LOWERS, v -> v.strongest("referential-use")),
            new Feature("second-hand", "second-hand sale", LOWERS, v -> v.strongest("second-hand")),
            new Feature("authenticity-claim", "seller claims authenticity", EITHER, v -> v.strongest("authenticity-claim")),
            new Feature("holder-signals", "distinct holder-bound signals that fired, of " + HOLDER_BOUND.size(),
                    RAISES, v -> (double) v.holderBoundSignals(HOLDER_BOUND) / HOLDER_BOUND.size()));

    /** Signals some feature reads; observations of any other signal never change a feature vector. */
    private static final Set<String> READS = Set.of(WORD, PRODUCT_NAME, VOCAB, REVIEWS, PRICE, "unauthorized-seller", "authorized-seller",
            "product-photo", "logo", "repeat-infringer", "referential-use", "second-hand", "authenticity-claim");

    public static final FeatureSchema CURRENT = new FeatureSchema();

    private FeatureSchema() {}

    public List<Feature> features() {
        return FEATURES;
    }

    public List<String> names() {
        return FEATURES.stream().map(Feature::name).toList();
    }

    public boolean reads(String signal) {
        return READS.contains(signal);
    }

    public int size() {
        return FEATURES.size();
    }

    public double[] features(Candidate candidate) {
        CandidateView view = new CandidateView(candidate);
        double[] row = new double[FEATURES.size()];
        for (int i = 0; i < row.length; i++) row[i] = FEATURES.get(i).valueOf(view);
        return row;
    }

    /**
     * Columns of the network's input: a feature that raises the score as itself, one that lowers it as 1 - x, and
     * one that may do either as both. With every weight of the network non-negative ({@link ScorerNetwork}), the
     * score can then only rise with the first kind and fall with the second, while the third stays free.
     */
    public int inputWidth() {
        return FEATURES.stream().mapToInt(f -> f.direction() == Feature.Direction.EITHER ? 2 : 1).sum();
    }

    /**
     * One row per candidate, in order, in the network's input columns ({@link #inputWidth()}): the batch the
     * network scores in one call. The caller closes it.
     */
    public INDArray vectorize(List<Candidate> candidates) {
        int width = inputWidth();
        if (candidates.isEmpty()) return Nd4j.zeros(DataType.FLOAT, 0, width);
        float[] flat = new float[candidates.size() * width];
        for (int i = 0; i < candidates.size(); i++) {
            double[] row = features(candidates.get(i));
            int column = i * width;
            for (int j = 0; j < row.length; j++) {
                switch (FEATURES.get(j).direction()) {
                    case RAISES -> flat[column++] = (float) row[j];
                    case LOWERS -> flat[column++] = (float) (1 - row[j]);
                    case EITHER -> {
                        flat[column++] = (float) row[j];
                        flat[column++] = (float) (1 - row[j]);
                    }
                }
            }
        }
        return Nd4j.create(flat, new long[] {candidates.size(), width}, DataType.FLOAT);
    }

    /** Refuses a model whose stored feature list is not this schema's. */
    public void requireCompatible(String version, List<String> storedNames) {
        if (!VERSION.equals(version) || !names().equals(storedNames)) {
            throw new IllegalArgumentException("model was trained on feature schema " + version + " " + storedNames
                    + ", this build computes schema " + VERSION + " " + names());
        }
    }
}
