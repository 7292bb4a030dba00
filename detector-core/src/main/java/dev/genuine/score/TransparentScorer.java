package dev.genuine.score;

import dev.genuine.signal.Observation;
import dev.genuine.signal.SignalNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-weighted scorer: each supporting observation alone would make the listing infringing with
 * probability {@code weight x strength}; they combine by noisy-OR, and mitigating cues then scale the result
 * down. A reason's weight is that probability, or for a mitigator the (negative) amount it removed, so a
 * moderator can read the score off the reasons.
 */
public final class TransparentScorer implements Scorer {
    public static final String NAME = "transparent";

    /** A brand named plainly is no offence; disguised, it shows intent; misspelt, it may be either. */
    static final double PLAIN_MARK = 0.25, TYPO_MARK = 0.45, DISGUISED_MARK = 0.75;
    /** A product's model named, at full strength, says as much as its brand named plainly. */
    static final double PRODUCT_NAME = PLAIN_MARK;
    /** How much each supporting signal alone says, at full strength. */
    static final Map<String, Double> SUPPORT = Map.of(
            SignalNames.COUNTERFEIT_LANGUAGE, 0.9,
            SignalNames.PRODUCT_PHOTO, 0.75,
            SignalNames.LOGO, 0.7,
            SignalNames.BUYER_REVIEWS, 0.6,
            SignalNames.PRICE, 0.35,
            SignalNames.REPEAT_INFRINGER, 0.3,
            SignalNames.UNAUTHORIZED_SELLER, 0.1,
            SignalNames.PRODUCT_NAME, PRODUCT_NAME);
    /** A mark that is an ordinary word, out of the brand's category and with nothing else pointing at it. */
    static final double COMMON_WORD_FACTOR = 0.3;
    /** A mark named as what the item fits ("case untuk X"). */
    static final double REFERENTIAL_MARK_FACTOR = 0.2;
    /** Share of the score each mitigator removes at full strength. */
    static final Map<String, Double> MITIGATE = Map.of(
            SignalNames.SECOND_HAND, 0.45,
            SignalNames.REFERENTIAL_USE, 0.5,
            SignalNames.AUTHORIZED_SELLER, 0.95);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<ScoredCandidate> score(List<Candidate> candidates) {
        return candidates.stream().map(this::scoreOne).toList();
    }

    private ScoredCandidate scoreOne(Candidate c) {
        List<Reason> reasons = new ArrayList<>();
        // Only evidence tied to this brand says the ordinary word means the brand; "it is fake" does not say whose.
        boolean corroborated = c.strongest(SignalNames.PRODUCT_PHOTO) > 0 || c.strongest(SignalNames.LOGO) > 0;
        double keep = 1.0;
        for (Observation o : c.observations()) {
            double w = support(o, corroborated) * o.strength();
            if (w <= 0) continue;
            keep *= 1 - w;
            reasons.add(reason(c, o, w));
        }
        double score = 1 - keep;
        boolean disguised = c.of(SignalNames.WORD_MARK).stream().anyMatch(o -> Boolean.TRUE.equals(o.facts().get("evasion")));
        for (Observation o : c.observations()) {
            Double m = MITIGATE.get(o.signal());
            // Disguising the brand is not what a referential listing does: referential cues do not excuse it.
            if (m == null || (disguised && o.signal().equals(SignalNames.REFERENTIAL_USE))) continue;
            double after = score * (1 - m * o.strength());
            reasons.add(reason(c, o, after - score));
            score = after;
        }
        return new ScoredCandidate(c, Math.max(0, Math.min(1, score)), reasons);
    }

    private static double support(Observation o, boolean corroborated) {
        if (!o.signal().equals(SignalNames.WORD_MARK)) return SUPPORT.getOrDefault(o.signal(), 0.0);
        Map<String, Object> f = o.facts();
        double w = Boolean.TRUE.equals(f.get("evasion")) ? DISGUISED_MARK
                : ((Number) f.getOrDefault("editDistance", 0)).intValue() > 0 ? TYPO_MARK : PLAIN_MARK;
        if (Boolean.TRUE.equals(f.get("referential"))) w *= REFERENTIAL_MARK_FACTOR;
        if (Boolean.TRUE.equals(f.get("commonWord")) && !Boolean.TRUE.equals(f.get("categoryMatch")) && !corroborated) {
            w *= COMMON_WORD_FACTOR;
        }
        return w;
    }

    private static Reason reason(Candidate c, Observation o, double weight) {
        return new Reason(o.signal(), o.markId(), c.rightsHolderId(), c.brand(), o.detail(), Math.round(weight * 1000) / 1000.0);
    }
}
