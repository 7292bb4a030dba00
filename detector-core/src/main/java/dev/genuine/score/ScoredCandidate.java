package dev.genuine.score;

import java.util.List;

/** A candidate with its score in [0, 1] and the reasons, largest weight first. */
public record ScoredCandidate(Candidate candidate, double score, List<Reason> reasons) {
    public ScoredCandidate {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score out of [0,1]: " + score);
        reasons = reasons.stream().sorted((a, b) -> Double.compare(b.weight(), a.weight())).toList();
    }
}
