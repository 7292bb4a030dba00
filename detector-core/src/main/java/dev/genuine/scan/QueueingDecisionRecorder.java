package dev.genuine.scan;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.policy.Policy;
import dev.genuine.store.GenuineStore;

/**
 * The standard consequences of a decision: "review" opens (or refreshes) a review item, "takedown" counts a
 * strike against the merchant and suspends at the policy's threshold, "allow" withdraws a stale review item.
 */
public final class QueueingDecisionRecorder implements DecisionRecorder {
    private final GenuineStore store;
    private final Policy policy;

    public QueueingDecisionRecorder(GenuineStore store, Policy policy) {
        this.store = store;
        this.policy = policy;
    }

    @Override
    public void flagged(Assessment a, EvidenceRecord evidence) {
        Decision d = a.decision();
        if (d.kind() == DecisionKind.REVIEW) {
            store.reviewQueue().enqueue(d.listingId(), evidence.seq(), d.score(), d.rightsHolderId());
            return;
        }
        store.reviewQueue().withdraw(d.listingId());
        String merchant = a.analysis().listing().merchantId();
        var history = store.enforcement().addStrike(merchant, d.listingId(), "takedown by scan, evidence #" + evidence.seq());
        if (!history.suspended() && history.strikes() >= policy.strikesToSuspend()) {
            store.enforcement().setSuspended(merchant, true, history.strikes() + " strikes, the last for listing " + d.listingId());
        }
    }

    @Override
    public void allowed(Assessment a) {
        store.reviewQueue().withdraw(a.decision().listingId());
    }
}
