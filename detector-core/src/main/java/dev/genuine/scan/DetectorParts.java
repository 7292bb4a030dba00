package dev.genuine.scan;

import dev.genuine.domain.Registry;
import dev.genuine.image.CompositeImageMatcher;
import dev.genuine.image.FallbackImageMatcher;
import dev.genuine.image.ImageMatcherFactory;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.features.FeatureCache;
import dev.genuine.image.features.FeatureImageMatcher;
import dev.genuine.image.features.FeatureSettings;
import dev.genuine.image.features.MatchThresholds;
import dev.genuine.image.features.ReferenceIndex;
import dev.genuine.image.features.ReferenceIndexBuilder;
import dev.genuine.image.pdq.PdqHashCache;
import dev.genuine.image.pdq.PdqImageMatcher;
import dev.genuine.image.silhouette.LogoSilhouettes;
import dev.genuine.image.silhouette.SilhouetteLogoMatcher;
import dev.genuine.image.pdq.RegistryFingerprints;
import dev.genuine.policy.Policy;
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
 * The one place a detector is assembled for a store's current registry: the mark index, the cue finder, the
 * image matchers (PDQ for near-copies, then local features for edited photos and logos, their fingerprints
 * cached under the home folder), optionally costlier image stages run only where those found no product photo, the
 * standard signals, a scorer and a policy. Scans and model training both use it, so training sees exactly the
 * candidates a scan scores. Owns, and closes, the indexes and matchers it built or opened.
 */
public final class DetectorParts implements AutoCloseable {
    private final Detector detector;
    private final MarkMatcher marks;
    private final ReferenceIndex images;
    private final List<ImageMatcherFactory.Opened> fallbacks;

    private DetectorParts(Detector detector, MarkMatcher marks, ReferenceIndex images, List<ImageMatcherFactory.Opened> fallbacks) {
        this.detector = detector;
        this.marks = marks;
        this.images = images;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** @param withImages false: text signals only */
    public static DetectorParts open(GenuineStore store, Path home, Scorer scorer, Policy policy, boolean withImages) {
        return open(store, home, scorer, policy, withImages, List.of());
    }

    /**
     * @param withImages false: text signals only (the fallback stages are then not opened either)
     * @param fallbacks  extra image stages, opened here and run, in order, only on listings in which PDQ and
     *                   local features found no product photo
     */
    public static DetectorParts open(GenuineStore store, Path home, Scorer scorer, Policy policy, boolean withImages,
                                     List<ImageMatcherFactory> fallbacks) {
        Registry registry = store.registry().current();
        MarkMatcher marks = MonitorMarkIndex.build(registry.marks());
        ReferenceIndex index = null;
        List<ImageMatcherFactory.Opened> opened = new ArrayList<>();
        try {
            ListingImageMatcher imageMatcher = ListingImageMatcher.NONE;
            if (withImages && hasImages(registry)) {
                index = featureIndex(store, home, registry);
                imageMatcher = new CompositeImageMatcher(List.of(
                        PdqImageMatcher.build(registry, store.images(), Optional.of(PdqHashCache.folderOf(home))),
                        new FeatureImageMatcher(index, store.images(), FeatureSettings.DEFAULT, MatchThresholds.DEFAULT),
                        new SilhouetteLogoMatcher(LogoSilhouettes.of(registry, store.images()), store.images())));
                for (ImageMatcherFactory factory : fallbacks) {
                    opened.add(factory.open(registry, store.images()));
                }
                if (!opened.isEmpty()) {
                    imageMatcher = new FallbackImageMatcher(imageMatcher, new CompositeImageMatcher(List.copyOf(opened)));
                }
            }
            Detector detector = new Detector(registry, marks, new PhraseCueFinder(), imageMatcher, Signals.standard(), scorer, policy);
            return new DetectorParts(detector, marks, index, opened);
        } catch (RuntimeException | Error e) {
            // The mark index holds a Monitor whose purge thread would keep the JVM alive.
            marks.close();
            if (index != null) index.close();
            opened.forEach(ImageMatcherFactory.Opened::close);
            throw e;
        }
    }

    /**
     * Fingerprints a registry version's logos and photos (PDQ hashes, local features) into the home's caches, so
     * registry import pays for it once and scans only read. Returns what could not be fingerprinted.
     */
    public static List<String> fingerprint(GenuineStore store, Path home, Registry registry) {
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

    public Detector detector() {
        return detector;
    }

    @Override
    public void close() {
        marks.close();
        if (images != null) images.close();
        fallbacks.forEach(ImageMatcherFactory.Opened::close);
    }
}
