package dev.genuine.cli;

import dev.genuine.image.ImageMatcherFactory;
import dev.genuine.models.embedding.EmbeddingMatcherFactory;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DecisionRecorder;
import dev.genuine.scan.Detector;
import dev.genuine.scan.DetectorParts;
import dev.genuine.scan.ModerationRecorder;
import dev.genuine.store.GenuineStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a scan from the command line runs with: the detector for the home's current registry, its policy file and
 * chosen scorer, the photo embedding when asked for, and the moderation that follows each decision.
 */
final class Pipeline implements AutoCloseable {
    private final DetectorParts parts;
    private final DecisionRecorder recorder;
    private final Optional<String> embeddingVersion;

    private Pipeline(DetectorParts parts, DecisionRecorder recorder, Optional<String> embeddingVersion) {
        this.parts = parts;
        this.recorder = recorder;
        this.embeddingVersion = embeddingVersion;
    }

    /** @param embedding run the home's current photo embedding on listings PDQ and local features left without a product photo */
    static Pipeline open(GenuineStore store, HomeMixin home, String scorerName, boolean withImages, boolean embedding) {
        Policy policy = Homes.policy(home);
        List<ImageMatcherFactory> fallbacks = new ArrayList<>();
        Optional<String> embeddingVersion = Optional.empty();
        if (embedding) {
            EmbeddingMatcherFactory factory = Embeddings.factory(home.path());
            fallbacks.add(factory);
            embeddingVersion = Optional.of(factory.model().version());
        }
        DetectorParts parts = DetectorParts.open(store, home.path(), Scorers.choose(scorerName, home.path()), policy, withImages, fallbacks);
        return new Pipeline(parts, new ModerationRecorder(Homes.moderation(store, home)), embeddingVersion);
    }

    Detector detector() {
        return parts.detector();
    }

    DecisionRecorder recorder() {
        return recorder;
    }

    /** The photo embedding model version the scan runs, when it runs one. */
    Optional<String> embeddingVersion() {
        return embeddingVersion;
    }

    @Override
    public void close() {
        parts.close();
    }
}
