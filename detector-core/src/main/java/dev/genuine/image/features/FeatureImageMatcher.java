package dev.genuine.image.features;

import dev.genuine.domain.Listing;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.store.ImageStore;
import org.opencv.core.Mat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds registry logos and official product photos in a listing's images with SIFT features: one query of
 * the {@link ReferenceIndex} per image, then a RANSAC homography for each candidate reference.
 * Thread-safe. A listing image that cannot be read or decoded is skipped (ingest reports it).
 *
 * <p>Strength is {@code 1 - 0.5^(inliers / minInliers)}: 0.5 at the kind's inlier threshold, 0.75 at twice
 * it, 0.875 at three times.
 */
public final class FeatureImageMatcher implements ListingImageMatcher {
    /** The method a logo match names: SIFT pairs verified by a RANSAC similarity. */
    public static final String LOGO_METHOD = "sift-similarity";
    /** The method a product photo match names: SIFT pairs verified by a RANSAC homography. */
    public static final String PHOTO_METHOD = "sift-homography";

    private final ReferenceIndex index;
    private final ImageStore store;
    private final FeatureSettings settings;
    private final MatchThresholds thresholds;
    private final FeatureExtractor extractor;
    private final HomographyVerifier verifier;

    public FeatureImageMatcher(ReferenceIndex index, ImageStore store, FeatureSettings settings, MatchThresholds thresholds) {
        this.index = index;
        this.store = store;
        this.settings = settings;
        this.thresholds = thresholds;
        this.extractor = settings.listingExtractor();
        this.verifier = new HomographyVerifier(thresholds);
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        return ListingImageMatcher.eachStoredImage(listing, this::matchImage);
    }

    /** The verified matches of one stored image, the best per reference (its variants compete). */
    public List<ImageMatch> matchImage(String sha256) {
        Scaled scaled;
        try {
            scaled = features(store.read(sha256));
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        Features features = scaled.features();
        int minVotes = Math.min(thresholds.logoInliers(), thresholds.photoInliers());
        Map<String, ImageMatch> best = new LinkedHashMap<>();
        for (Correspondences c : index.candidates(features, thresholds.ratio(), minVotes, thresholds.maxCandidates())) {
            Reference ref = index.reference(c.reference());
            Optional<Verification> v = verifier.verify(c, ref, features.width(), features.height());
            if (v.isEmpty() || v.get().inliers() < thresholds.minInliers(ref.kind())) continue;
            ImageMatch m = toMatch(sha256, ref, v.get(), scaled.scale());
            best.merge(ref.kind() + "/" + ref.referenceId(), m, (a, b) -> a.strength() >= b.strength() ? a : b);
        }
        return List.copyOf(best.values());
    }

    /** Features taken from an image scaled by {@code scale} from the stored one. */
    private record Scaled(Features features, double scale) {}

    private Scaled features(byte[] bytes) {
        ImagePreparation.Scaled grey = ImagePreparation.grey(bytes, settings.minListingSide(), settings.maxSide());
        try {
            return new Scaled(extractor.extract(grey.image()), grey.scale());
        } finally {
            grey.image().release();
        }
    }

    private ImageMatch toMatch(String listingSha, Reference ref, Verification v, double scale) {
        int min = thresholds.minInliers(ref.kind());
        double strength = 1 - Math.pow(0.5, (double) v.inliers() / min);
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("inliers", v.inliers());
        measures.put("votes", v.votes());
        measures.put("inlierRatio", Math.round(v.inlierRatio() * 1000) / 1000.0);
        Box b = v.box();
        measures.put("box", new Box((int) Math.round(b.x() / scale), (int) Math.round(b.y() / scale),
                (int) Math.round(b.w() / scale), (int) Math.round(b.h() / scale)).toMap());
        measures.put("variant", ref.variant().wireName());
        measures.put("mirrored", ref.variant() == Variant.MIRRORED);
        measures.put("inverted", ref.variant() == Variant.INVERTED);
        return new ImageMatch(ref.kind(), ref.rightsHolderId(), ref.brand(), ref.referenceId(),
                listingSha, ref.sha256(), ref.kind() == ImageMatchKind.LOGO ? LOGO_METHOD : PHOTO_METHOD, strength, measures);
    }
}
