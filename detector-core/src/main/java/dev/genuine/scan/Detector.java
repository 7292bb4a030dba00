package dev.genuine.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.policy.Policy;
import dev.genuine.score.Candidate;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.score.Scorer;
import dev.genuine.signal.ListingAnalysis;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.signal.Observation;
import dev.genuine.signal.Signals;
import dev.genuine.text.CommonWords;
import dev.genuine.text.CorroboratedMatches;
import dev.genuine.text.CueFinder;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.MarkMatcher;
import dev.genuine.text.ProductNameIndex;
import dev.genuine.text.TextCue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides listings: a pure function of (listing snapshot, registry version, scorer, policy, merchant history),
 * so a rescan with unchanged inputs gives the identical decision. Thread-safe: the scanner calls it from
 * several threads on separate batches.
 */
public final class Detector {
    private final Registry registry;
    private final MarkMatcher marks;
    private final CueFinder cues;
    private final ListingImageMatcher images;
    private final ProductNameIndex productNames;
    private final Signals signals;
    private final Scorer scorer;
    private final Policy policy;

    public Detector(Registry registry, MarkMatcher marks, CueFinder cues, ListingImageMatcher images, Signals signals,
                    Scorer scorer, Policy policy) {
        this.registry = Objects.requireNonNull(registry);
        this.marks = Objects.requireNonNull(marks);
        this.cues = Objects.requireNonNull(cues);
        this.images = Objects.requireNonNull(images);
        this.productNames = ProductNameIndex.of(registry, CommonWords.bundled());
        this.signals = Objects.requireNonNull(signals);
        this.scorer = Objects.requireNonNull(scorer);
        this.policy = Objects.requireNonNull(policy);
    }

    public Registry registry() {
        return registry;
    }

    public Scorer scorer() {
        return scorer;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * One assessment per listing, in order; the text of the whole batch is matched in one pass. {@code merchants}
     * says what enforcement knew of a listing's merchant when it was judged.
     */
    public List<Assessment> assess(List<Listing> batch, Function<Listing, MerchantHistory> merchants, Instant decidedAt) {
        List<List<MarkMatch>> markMatches = marks.match(batch);
        List<ListingAnalysis> analyses = new ArrayList<>(batch.size());
        List<List<String>> problems = new ArrayList<>(batch.size());
        List<Candidate> allCandidates = new ArrayList<>();
        List<List<Observation>> observations = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Listing l = batch.get(i);
            List<String> trouble = new ArrayList<>();
            l.storedImages().stream().filter(s -> !s.isStored())
                    .forEach(s -> trouble.add("image " + s.source() + " could not be used: " + s.failure()));
            List<ImageMatch> imageMatches;
            try {
                imageMatches = images.match(l);
            } catch (RuntimeException e) {
                // One unreadable photo must not cost the listing its text signals.
                trouble.add("image matching failed: " + e.getMessage());
                imageMatches = List.of();
            }
            List<TextCue> found = cues.find(l);
            List<MarkMatch> marksCounted = CorroboratedMatches.of(markMatches.get(i), found);
            ListingAnalysis a = new ListingAnalysis(l, registry, marksCounted, found, imageMatches, productNames.find(l, found),
                    merchants.apply(l));
            List<Observation> obs = signals.observe(a);
            analyses.add(a);
            problems.add(trouble);
            observations.add(obs);
            allCandidates.addAll(candidates(a, obs));
        }
        List<ScoredCandidate> scored = scorer.score(allCandidates);
        List<Assessment> out = new ArrayList<>(batch.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            ListingAnalysis a = analyses.get(i);
            int n = a.candidateHolders().size();
            List<ScoredCandidate> mine = scored.subList(next, next + n);
            next += n;
            ScoredCandidate best = mine.stream().max(BEST).orElse(null);
            out.add(new Assessment(decision(a.listing(), best, decidedAt), a, observations.get(i), mine, problems.get(i)));
        }
        return out;
    }

    /**
     * The candidate a decision is about: highest score; on a tie the brand named as itself rather than as an
     * ordinary word, then the one named first in the title; then the smaller id, so the choice never varies.
     */
    static final Comparator<ScoredCandidate> BEST = Comparator.comparingDouble(ScoredCandidate::score)
            .thenComparing(sc -> !namedAsCommonWord(sc.candidate()))
            .thenComparing(sc -> -firstMention(sc.candidate()))
            .thenComparing(sc -> sc.candidate().rightsHolderId(), Comparator.reverseOrder());

    private static boolean namedAsCommonWord(Candidate c) {
        return c.of(dev.genuine.signal.SignalNames.WORD_MARK).stream().anyMatch(o -> Boolean.TRUE.equals(o.facts().get("commonWord")));
    }

    /** Where the brand is first named (title before description before reviews); no mention sorts last. */
    private static long firstMention(Candidate c) {
        return c.of(dev.genuine.signal.SignalNames.WORD_MARK).stream().mapToLong(o -> {
            int field = switch (String.valueOf(o.facts().get("field"))) {
                case "title" -> 0;
                case "description" -> 1;
                default -> 2;
            };
            return field * 1_000_000L + ((Number) o.facts().getOrDefault("start", 0)).longValue();
        }).min().orElse(Long.MAX_VALUE);
    }

    private static List<Candidate> candidates(ListingAnalysis a, List<Observation> obs) {
        List<Observation> listingWide = obs.stream().filter(Observation::isListingWide).toList();
        List<Candidate> out = new ArrayList<>();
        for (String holder : a.candidateHolders()) {
            List<Observation> mine = new ArrayList<>();
            obs.stream().filter(o -> holder.equals(o.rightsHolderId())).forEach(mine::add);
            mine.addAll(listingWide);
            String brand = mine.stream().map(Observation::brand).filter(Objects::nonNull).findFirst().orElse(holder);
            out.add(new Candidate(a.listing().id(), holder, brand, mine));
        }
        return out;
    }

    private Decision decision(Listing l, ScoredCandidate best, Instant decidedAt) {
        DecisionKind kind = policy.decide(best);
        double score = best == null ? 0 : Math.round(best.score() * 1000) / 1000.0;
        return new Decision(l.id(), kind, score, best == null ? List.of() : best.reasons(),
                best == null ? null : best.candidate().rightsHolderId(), ListingHash.of(l), registry.version(),
                scorer.name() + "/" + scorer.version(), policy.version(), decidedAt);
    }
}
