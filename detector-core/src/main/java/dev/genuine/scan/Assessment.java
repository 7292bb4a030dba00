package dev.genuine.scan;

import dev.genuine.policy.Decision;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.signal.ListingAnalysis;
import dev.genuine.signal.Observation;

import java.util.List;

/** A decision with everything that led to it: what the evidence record is written from. */
public record Assessment(Decision decision, ListingAnalysis analysis, List<Observation> observations,
                         List<ScoredCandidate> candidates, List<String> problems) {
    public Assessment {
        observations = List.copyOf(observations);
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }
}
