package dev.genuine.score;

import dev.genuine.signal.Observation;

import java.util.List;

/**
 * A rights holder a listing may infringe, with every observation that bears on it: the holder's own and
 * the listing-wide ones. The scorer turns a candidate into a score.
 */
public record Candidate(String listingId, String rightsHolderId, String brand, List<Observation> observations) {
    public Candidate {
        observations = List.copyOf(observations);
    }

    public List<Observation> of(String signal) {
        return observations.stream().filter(o -> o.signal().equals(signal)).toList();
    }

    public double strongest(String signal) {
        return observations.stream().filter(o -> o.signal().equals(signal)).mapToDouble(Observation::strength).max().orElse(0);
    }
}
