package dev.genuine.cli;

import dev.genuine.domain.Registry;
import dev.genuine.image.CompositeImageMatcher;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.pdq.PdqHashCache;
import dev.genuine.image.pdq.PdqImageMatcher;
import dev.genuine.image.pdq.RegistryFingerprints;
import dev.genuine.image.features.FeatureCache;
import dev.genuine.image.features.FeatureImageMatcher;
import dev.genuine.image.features.FeatureSettings;
import dev.genuine.image.features.MatchThresholds;
import dev.genuine.image.features.ReferenceIndex;
import dev.genuine.image.features.ReferenceIndexBuilder;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DecisionRecorder;
import dev.genuine.scan.Detector;
import dev.genuine.scan.ModerationRecorder;
import dev.genuine.score.Scorer;
import dev.genuine.signal.Signals;
import dev.genuine.store.GenuineStore;
import dev.genuine.text.MarkMatcher;
import dev.genuine.text.MonitorMarkIndex;
import dev.genuine.text.PhraseCueFinder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Wires a detector for the store's current registry: the mark index, the cue finder, the image matchers
 * (features cached in the home folder), the chosen scorer and the home's policy. Owns what it built.
 */
final class Pipeline implements AutoCloseable {
    private final Detector detector;
    private final DecisionRecorder recorder;
    private final MarkMatcher marks;
    private final ReferenceIndex images;

    private Pipeline(Detector detector, DecisionRecorder recorder, MarkMatcher marks, ReferenceIndex images) {
        this.detector = detector;
        this.recorder = recorder;
        this.marks = marks;
        this.images = images;
    }

    static Pipeline open(GenuineStore store, HomeMixin homeMixin, String scorerName, boolean withImages) {
        Path home = homeMixin.path();
        Policy policy = Homes.policy(homeMixin);
        Registry registry = store.registry().current();
        Scorer scorer = Scorers.choose(scorerName, home);
        MarkMatcher marks = MonitorMarkIndex.build(registry.marks());
        try {
            return assemble(store, registry, marks, scorer, policy, home, withImages,
                    new ModerationRecorder(Homes.moderation(store, homeMixin)));
        } catch (RuntimeException | Error e) {
            // The mark index holds a Monitor whose purge thread would keep the JVM alive.
            marks.close();
            throw e;
        }
    }

    private static Pipeline assemble(GenuineStore store, Registry registry, MarkMatcher marks, Scorer scorer, Policy policy,
                                     Path home, boolean withImages, DecisionRecorder recorder) {
        ReferenceIndex index = null;
        ListingImageMatcher imageMatcher = ListingImageMatcher.NONE;
        if (withImages && hasImages(registry)) {
            index = featureIndex(store, home, registry);
            // PDQ first: cheap, exact about near-copies; then local features for edited photos and logos.
            imageMatcher = new CompositeImageMatcher(List.of(
                    PdqImageMatcher.build(registry, store.images(), Optional.of(PdqHashCache.folderOf(home))),
                    new FeatureImageMatcher(index, store.images(), FeatureSettings.DEFAULT, MatchThresholds.DEFAULT)));
        }
        Detector detector = new Detector(registry, marks, new PhraseCueFinder(), imageMatcher, Signals.standard(), scorer, policy);
        return new Pipeline(detector, recorder, marks, index);
    }

    /**
     * Fingerprints a registry version's logos and photos (PDQ hashes and local features) into the home's caches, so
     * registry import pays for it once and scans only read. Returns what could not be fingerprinted.
     */
    static List<String> fingerprint(GenuineStore store, Path home, Registry registry) {
        List<String> skipped = new ArrayList<>(RegistryFingerprints.of(registry, store.images(),
                new PdqHashCache(Optional.of(PdqHashCache.folderOf(home))), EnumSet.allOf(ImageMatchKind.class)).skipped());
        // The feature index is built only to fill the feature cache.
        if (hasImages(registry)) featureIndex(store, home, registry).close();
        return skipped;
    }

    private static boolean hasImages(Registry registry) {
        return registry.entries().stream().anyMatch(e -> e.products().stream().anyMatch(p -> !p.images().isEmpty())
                || e.marks().stream().anyMatch(m -> !m.images().isEmpty()));
    }

    private static ReferenceIndex featureIndex(GenuineStore store, Path home, Registry registry) {
        return new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.of(new FeatureCache(home.resolve("cache").resolve("features"))))
                .build(registry, store.images()).index();
    }

    Detector detector() {
        return detector;
    }

    DecisionRecorder recorder() {
        return recorder;
    }

    @Override
    public void close() {
        marks.close();
        if (images != null) images.close();
    }
}
