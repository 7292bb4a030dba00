package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;

import java.util.Objects;

/**
 * A candidate with its ground truth: from the testdata generator, or from a moderator's decision and its
 * appeal (an overturned takedown is labelled not infringing).
 */
public record LabelledCandidate(Candidate candidate, boolean infringing) {
    public LabelledCandidate {
        Objects.requireNonNull(candidate, "candidate");
    }
}
