package dev.genuine.scan;

import dev.genuine.evidence.EvidenceRecord;

/**
 * What follows a stored decision: a review item for "review", a strike for "takedown", withdrawing a stale
 * review item for "allow". Kept apart from the scanner so enforcement rules change in one place.
 */
public interface DecisionRecorder {
    void flagged(Assessment assessment, EvidenceRecord evidence);

    void allowed(Assessment assessment);
}
