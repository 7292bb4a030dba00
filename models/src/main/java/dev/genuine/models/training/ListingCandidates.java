package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.scan.Assessment;
import dev.genuine.scan.Detector;
import dev.genuine.score.Candidate;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.signal.MerchantHistory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The candidates the detector derives for listings, per listing id, in the order the listings came. */
public final class ListingCandidates {
    /** A fixed decision time: candidates do not depend on it, and a fixed one keeps runs identical. */
    private static final Instant ASSESSED_AT = Instant.EPOCH;

    private ListingCandidates() {}

    public static Map<String, List<Candidate>> of(Detector detector, List<Listing> listings, Function<Listing, MerchantHistory> merchants) {
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        for (Assessment a : detector.assess(listings, merchants, ASSESSED_AT)) {
            out.put(a.analysis().listing().id(), a.candidates().stream().map(ScoredCandidate::candidate).toList());
        }
        return out;
    }
}
