package dev.genuine.cli;

import dev.genuine.policy.Policy;
import dev.genuine.scan.DecisionRecorder;
import dev.genuine.scan.Detector;
import dev.genuine.scan.DetectorParts;
import dev.genuine.scan.ModerationRecorder;
import dev.genuine.store.GenuineStore;

/**
 * What a scan from the command line runs with: the detector for the home's current registry, its policy file and
 * chosen scorer, and the moderation that follows each decision.
 */
final class Pipeline implements AutoCloseable {
    private final DetectorParts parts;
    private final DecisionRecorder recorder;

    private Pipeline(DetectorParts parts, DecisionRecorder recorder) {
        this.parts = parts;
        this.recorder = recorder;
    }

    static Pipeline open(GenuineStore store, HomeMixin home, String scorerName, boolean withImages) {
        Policy policy = Homes.policy(home);
        DetectorParts parts = DetectorParts.open(store, home.path(), Scorers.choose(scorerName, home.path()), policy, withImages);
        return new Pipeline(parts, new ModerationRecorder(Homes.moderation(store, home)));
    }

    Detector detector() {
        return parts.detector();
    }

    DecisionRecorder recorder() {
        return recorder;
    }

    @Override
    public void close() {
        parts.close();
    }
}
