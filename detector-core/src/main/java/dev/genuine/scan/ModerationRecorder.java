package dev.genuine.scan;

import dev.genuine.enforcement.Moderation;
import dev.genuine.evidence.EvidenceRecord;

/**
 * Hands each stored decision to {@link Moderation}: review opens a queue item, takedown strikes the merchant
 * (suspending repeat infringers), allow withdraws a stale item, and a person's ruling on the same content stands.
 */
public final class ModerationRecorder implements DecisionRecorder {
    private final Moderation moderation;

    public ModerationRecorder(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public void flagged(Assessment a, EvidenceRecord evidence) {
        moderation.onDecision(a.decision(), a.analysis().listing().merchantId(), evidence);
    }

    @Override
    public void allowed(Assessment a) {
        moderation.onDecision(a.decision(), a.analysis().listing().merchantId(), null);
    }
}
