package dev.genuine.cli;

import dev.genuine.policy.Decision;
import dev.genuine.score.Reason;

import java.util.List;

/**
 * One line of {@code genuine decisions export}, as the contract fixes it (listingId, decision, score, reasons),
 * extended with the references that make the decision replayable.
 */
record DecisionLine(String listingId, String decision, double score, List<Reason> reasons, String rightsHolderId,
                    int registryVersion, String scorer, String policy, String listingHash, String decidedAt) {
    static DecisionLine of(Decision d) {
        return new DecisionLine(d.listingId(), d.kind().wireName(), d.score(), d.reasons(), d.rightsHolderId(),
                d.registryVersion(), d.scorer(), d.policyVersion(), d.listingHash(), d.decidedAt().toString());
    }
}
