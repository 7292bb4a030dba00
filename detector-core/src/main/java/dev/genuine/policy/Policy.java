package dev.genuine.policy;

import dev.genuine.json.CanonicalJson;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.signal.SignalNames;

/**
 * Turns a score into a decision: takedown at or above {@code takedownThreshold}, review at or above
 * {@code reviewThreshold}, allow below. An authorized seller of the candidate brand is never taken down.
 */
public record Policy(double takedownThreshold, double reviewThreshold, int strikesToSuspend) {
    public static final Policy DEFAULT = new Policy(0.85, 0.5, 3);

    public Policy {
        if (!(reviewThreshold > 0 && reviewThreshold <= takedownThreshold && takedownThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < reviewThreshold <= takedownThreshold <= 1, got review "
                    + reviewThreshold + ", takedown " + takedownThreshold);
        }
        if (strikesToSuspend < 1) throw new IllegalArgumentException("strikesToSuspend must be at least 1, got " + strikesToSuspend);
    }

    /** A short content hash that names this exact policy in evidence records. */
    public String version() {
        return CanonicalJson.sha256Hex(CanonicalJson.write(this)).substring(0, 12);
    }

    public DecisionKind decide(ScoredCandidate best) {
        if (best == null) return DecisionKind.ALLOW;
        double s = best.score();
        if (s >= takedownThreshold && !best.candidate().of(SignalNames.AUTHORIZED_SELLER).isEmpty()) return DecisionKind.REVIEW;
        if (s >= takedownThreshold) return DecisionKind.TAKEDOWN;
        return s >= reviewThreshold ? DecisionKind.REVIEW : DecisionKind.ALLOW;
    }
}
