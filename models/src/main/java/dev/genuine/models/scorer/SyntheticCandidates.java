package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.signal.Observation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded labelled candidates with the observation mixes the real signals produce for each kind of case, for
 * tests and the first shipped model until candidates from the pipeline and moderators' decisions replace them.
 * Labels are drawn from a per-case probability, not fixed, because real cases of one kind are not all alike:
 * that spread is what the calibrator has to learn.
 */
public final class SyntheticCandidates {
    /** The generator's fixed "newest label" date, so a model trained on it has a reproducible card. */
    public static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    private static final String[] BRANDS = {"Velmora", "Quindaro", "Lustrelle", "Brakovo", "Ostravia", "Kelvaro"};
    private static final String[] EVASIONS = {"leetspeak", "confusable", "split-letters", "typo:swap", "typo:drop", "doubled-letters"};
    private static final String[] PHRASES = {"kw super", "replika", "grade ori", "1:1", "mirror quality", "premium copy"};

    private final Random random;
    private int next;

    private SyntheticCandidates(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} examples, the case kinds mixed in fixed proportions, reproducible for a seed. */
    public static List<LabelledCandidate> generate(int count, long seed) {
        SyntheticCandidates generator = new SyntheticCandidates(seed);
        CaseKind[] kinds = CaseKind.values();
        List<LabelledCandidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(generator.example(kinds[generator.random.nextInt(kinds.length)]));
        return out;
    }

    /** {@code count} examples of one kind only, to check how a model treats that kind of case. */
    static List<LabelledCandidate> generate(CaseKind kind, int count, long seed) {
        SyntheticCandidates generator = new SyntheticCandidates(seed);
        List<LabelledCandidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(generator.example(kind));
        return out;
    }

    private LabelledCandidate example(CaseKind kind) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        Case c = new Case("SYN-" + String.format("%06d", ++next), "rh-" + brand.toLowerCase(), brand);
        double p = kind.build(c, this);
        if (random.nextDouble() < 0.2) c.strikes(1 + random.nextInt(p > 0.5 ? 6 : 2));
        return new LabelledCandidate(c.candidate(), random.nextDouble() < p);
    }

    double between(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    String evasion() {
        return EVASIONS[random.nextInt(EVASIONS.length)];
    }

    String phrase() {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    int upTo(int n) {
        return random.nextInt(n + 1);
    }

    /** Builds one candidate's observations, in the shape and with the facts the real signals emit. */
    static final class Case {
        private final String listingId;
        private final String holder;
        private final String brand;
        private final List<Observation> observations = new ArrayList<>();

        Case(String listingId, String holder, String brand) {
            this.listingId = listingId;
            this.holder = holder;
            this.brand = brand;
        }

        Case wordMark(double strength, int editDistance, List<String> transformations, String field, boolean commonWord, boolean categoryMatch) {
            return bound("word-mark", strength, facts("editDistance", editDistance, "transformations", transformations,
                    "field", field, "commonWord", commonWord, "categoryMatch", categoryMatch));
        }

        Case vocabulary(double strength, String phrase, boolean inTitle) {
            return wide("counterfeit-language", strength, facts("phrases", List.of(phrase), "inTitle", inTitle));
        }

        Case reviews(double strength, int allegations, int reviews) {
            return wide("buyer-reviews", strength, facts("allegations", allegations, "reviews", reviews));
        }

        Case price(double ratio) {
            double strength = Math.max(0, Math.min(1, (0.7 - ratio) / 0.6));
            return bound("price", strength, facts("ratio", ratio, "productId", holder + "-p1"));
        }

        Case seller(boolean authorized) {
            return bound(authorized ? "authorized-seller" : "unauthorized-seller", 1, Map.of());
        }

        Case image(String signal, double strength) {
            return bound(signal, strength, facts("inliers", (int) (strength * 80), "distance", (int) ((1 - strength) * 40), "method", "orb"));
        }

        Case cue(String signal, double strength) {
            return wide(signal, strength, Map.of());
        }

        void strikes(int strikes) {
            wide("repeat-infringer", Math.min(1, strikes / 3.0), facts("strikes", strikes));
        }

        Candidate candidate() {
            return new Candidate(listingId, holder, brand, observations);
        }

        private Case bound(String signal, double strength, Map<String, Object> facts) {
            observations.add(new Observation(signal, holder, brand, holder + "-word", strength, signal + " for " + brand, facts));
            return this;
        }

        private Case wide(String signal, double strength, Map<String, Object> facts) {
            observations.add(new Observation(signal, null, null, null, strength, signal + " in listing", facts));
            return this;
        }

        private static Map<String, Object> facts(Object... pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
            return m;
        }
    }
}
