package dev.genuine.models.training;

import dev.genuine.domain.Registry;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.features.FeatureCache;
import dev.genuine.image.features.FeatureImageMatcher;
import dev.genuine.image.features.FeatureSettings;
import dev.genuine.image.features.MatchThresholds;
import dev.genuine.image.features.ReferenceIndex;
import dev.genuine.image.features.ReferenceIndexBuilder;
import dev.genuine.policy.Policy;
import dev.genuine.scan.Detector;
import dev.genuine.score.Scorer;
import dev.genuine.signal.Signals;
import dev.genuine.store.GenuineStore;
import dev.genuine.text.MarkMatcher;
import dev.genuine.text.MonitorMarkIndex;
import dev.genuine.text.PhraseCueFinder;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A detector for a store's current registry, built from the same parts as a scan's (mark index, cue finder,
 * feature image matcher, the standard signals), so training sees the candidates a scan would score. Owns the
 * mark index and the image index it built.
 */
public final class DetectorParts implements AutoCloseable {
    private final Detector detector;
    private final MarkMatcher marks;
    private final ReferenceIndex images;

    private DetectorParts(Detector detector, MarkMatcher marks, ReferenceIndex images) {
        this.detector = detector;
        this.marks = marks;
        this.images = images;
    }

    /**
     * @param featureCache folder caching the registry images' features (e.g. {@code home/cache/features})
     * @param withImages   false: text signals only
     */
    public static DetectorParts open(GenuineStore store, Path featureCache, Scorer scorer, Policy policy, boolean withImages) {
        Registry registry = store.registry().current();
        MarkMatcher marks = MonitorMarkIndex.build(registry.marks());
        try {
            ReferenceIndex index = null;
            ListingImageMatcher imageMatcher = ListingImageMatcher.NONE;
            if (withImages && hasImages(registry)) {
                index = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.of(new FeatureCache(featureCache)))
                        .build(registry, store.images()).index();
                imageMatcher = new FeatureImageMatcher(index, store.images(), FeatureSettings.DEFAULT, MatchThresholds.DEFAULT);
            }
            Detector detector = new Detector(registry, marks, new PhraseCueFinder(), imageMatcher, Signals.standard(), scorer, policy);
            return new DetectorParts(detector, marks, index);
        } catch (RuntimeException | Error e) {
            // The mark index holds a Monitor whose purge thread would keep the JVM alive.
            marks.close();
            throw e;
        }
    }

    private static boolean hasImages(Registry registry) {
        return registry.entries().stream().anyMatch(e -> !e.products().isEmpty() || e.marks().stream().anyMatch(m -> !m.images().isEmpty()));
    }

    public Detector detector() {
        return detector;
    }

    @Override
    public void close() {
        marks.close();
        if (images != null) images.close();
    }
}
