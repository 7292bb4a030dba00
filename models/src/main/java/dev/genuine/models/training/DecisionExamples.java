package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.models.scorer.DecisionLabels;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.scan.Detector;
import dev.genuine.score.Candidate;
import dev.genuine.store.Appeal;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.ReviewItem;
import dev.genuine.store.Strike;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Labelled candidates from a store's own people: each resolved review item and decided appeal becomes a label
 * ({@link DecisionLabels}), and the listing's candidates are re-derived by assessing its stored snapshot with
 * the detector's (current) registry and its merchant's strikes from before it was flagged.
 */
public final class DecisionExamples {
    /** Fewest human-labelled listings worth training on: below this the held-out split says nothing. */
    public static final int MIN_LABELS = 40;
    /** Fewest labels of each verdict. */
    public static final int MIN_PER_CLASS = 8;
    private static final int QUEUE_LIMIT = 1_000_000;

    private DecisionExamples() {}

    /** The labels found, and the candidates they gave. */
    public record Result(List<DecisionLabels.Label> labels, List<LabelledCandidate> examples) {
        public Result {
            labels = List.copyOf(labels);
            examples = List.copyOf(examples);
        }

        public long infringing() {
            return labels.stream().filter(DecisionLabels.Label::infringing).count();
        }

        /** Whether there are enough labels of both kinds to train on. */
        public boolean enough() {
            return labels.size() >= MIN_LABELS && infringing() >= MIN_PER_CLASS && labels.size() - infringing() >= MIN_PER_CLASS;
        }

        /** The newest label's time, the trained model's {@code created}. */
        public Instant dataAsOf() {
            return labels.stream().map(DecisionLabels.Label::at).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        }
    }

    /** The store's labels in listing-id order; the stored snapshot of a listing is what gets assessed. */
    public static Result from(GenuineStore store, Detector detector) {
        Map<String, ReviewItem> reviews = new TreeMap<>();
        for (ReviewItem r : store.reviewQueue().list("resolved", QUEUE_LIMIT)) {
            reviews.merge(r.listingId(), r, (a, b) -> a.resolvedAt().isAfter(b.resolvedAt()) ? a : b);
        }
        Map<String, Appeal> appeals = new TreeMap<>();
        for (String status : List.of("upheld", "rejected")) {
            for (Appeal a : store.appeals().list(status)) {
                appeals.merge(a.listingId(), a, (x, y) -> x.decidedAt().isAfter(y.decidedAt()) ? x : y);
            }
        }
        TreeSet<String> ids = new TreeSet<>(reviews.keySet());
        ids.addAll(appeals.keySet());
        List<DecisionLabels.Label> labels = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        for (String id : ids) {
            Optional<Listing> listing = store.listings().get(id);
            Optional<DecisionLabels.Label> label = DecisionLabels.label(Optional.ofNullable(reviews.get(id)), Optional.ofNullable(appeals.get(id)));
            if (listing.isPresent() && label.isPresent()) {
                labels.add(label.get());
                listings.add(listing.get());
            }
        }
        Map<String, List<Candidate>> candidates = listings.isEmpty() ? Map.of()
                : ListingCandidates.of(detector, listings, priorStrikes(store, listings, reviews, appeals, detector));
        List<LabelledCandidate> examples = new ArrayList<>();
        for (DecisionLabels.Label label : labels) {
            examples.addAll(DecisionLabels.apply(label, candidates.getOrDefault(label.listingId(), List.of())));
        }
        return new Result(labels, examples);
    }

    /**
     * Each listing's merchant as enforcement knew them when the listing was flagged: queued for review, or else
     * taken down (the time of the strike that takedown earned; the appeal's filing if none is recorded). A strike
     * the listing itself earned is a consequence of its label, not evidence for it, and later strikes were not
     * known ({@link PriorStrikes}).
     */
    private static PriorStrikes priorStrikes(GenuineStore store, List<Listing> listings, Map<String, ReviewItem> reviews,
                                             Map<String, Appeal> appeals, Detector detector) {
        List<Strike> strikes = listings.stream().map(Listing::merchantId).distinct()
                .flatMap(m -> store.enforcement().strikes(m).stream()).toList();
        Map<String, Instant> flaggedAt = new HashMap<>();
        appeals.forEach((id, a) -> flaggedAt.put(id, a.filedAt()));
        for (Strike s : strikes) {
            if (appeals.containsKey(s.listingId())) flaggedAt.merge(s.listingId(), s.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        reviews.forEach((id, r) -> flaggedAt.put(id, r.createdAt()));
        return PriorStrikes.recorded(strikes, flaggedAt, StrikePolicy.of(detector.policy()));
    }
}
