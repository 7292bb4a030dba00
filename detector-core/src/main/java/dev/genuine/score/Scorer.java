package dev.genuine.score;

import java.util.List;

/** Turns candidates into scores with per-reason weights. Batched so a learned model scores many at once. */
public interface Scorer {
    /** e.g. "transparent" or "mlp"; evidence records name the scorer and its version. */
    String name();

    String version();

    /** One scored candidate per candidate, in order. */
    List<ScoredCandidate> score(List<Candidate> candidates);
}
