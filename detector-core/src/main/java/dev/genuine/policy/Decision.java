package dev.genuine.policy;

import dev.genuine.score.Reason;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of scoring one listing, with the references that make it replayable: the listing's content
 * hash, the registry version, the scorer and the policy.
 */
public record Decision(String listingId, DecisionKind kind, double score, List<Reason> reasons,
                       String rightsHolderId, String listingHash, int registryVersion, String scorer,
                       String policyVersion, Instant decidedAt) {
    public Decision {
        reasons = List.copyOf(reasons);
    }
}
