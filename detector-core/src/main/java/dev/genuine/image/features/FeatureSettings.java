package dev.genuine.image.features;

import java.util.List;

/**
 * How features are taken: image sizes, SIFT's detection thresholds and keypoint budgets. Part of every
 * feature cache key. {@link #DEFAULT} holds the values measured best (see the package documentation).
 *
 * @param maxSide           listing images and product photos are scaled down to this longer side first
 * @param minListingSide    smaller listing images are scaled up to this longer side, so small logos get keypoints
 * @param logoSides         each logo is indexed at each of these longer sides (small renderings match small prints)
 * @param contrastThreshold SIFT's: lower keeps the weak corners of a logo printed in a colour close to its background
 * @param edgeThreshold     SIFT's: higher keeps the edge-like keypoints that thin lettering gives
 * @param listingFeatures   SIFT keypoints kept per listing image, strongest first
 * @param referenceFeatures SIFT keypoints kept per reference image
 */
public record FeatureSettings(int maxSide, int minListingSide, List<Integer> logoSides, double contrastThreshold,
                              double edgeThreshold, int listingFeatures, int referenceFeatures) {
    public static final FeatureSettings DEFAULT = new FeatureSettings(640, 640, List.of(256, 128), 0.02, 20, 1500, 800);

    public FeatureSettings {
        logoSides = List.copyOf(logoSides);
        if (maxSide < 32 || logoSides.isEmpty() || logoSides.stream().anyMatch(s -> s < 32)) {
            throw new IllegalArgumentException("image sides must be at least 32 px, with at least one logo side");
        }
        if (minListingSide > maxSide) throw new IllegalArgumentException("minListingSide must not exceed maxSide");
        if (contrastThreshold <= 0 || edgeThreshold <= 1) throw new IllegalArgumentException("SIFT thresholds out of range");
        if (listingFeatures < 1 || referenceFeatures < 1) throw new IllegalArgumentException("feature budgets must be positive");
    }

    public FeatureSettings withMinListingSide(int side) {
        return new FeatureSettings(maxSide, side, logoSides, contrastThreshold, edgeThreshold, listingFeatures, referenceFeatures);
    }

    /** An extractor for listing images. */
    FeatureExtractor listingExtractor() {
        return new FeatureExtractor(listingFeatures, contrastThreshold, edgeThreshold);
    }

    /** An extractor for registry images. */
    FeatureExtractor referenceExtractor() {
        return new FeatureExtractor(referenceFeatures, contrastThreshold, edgeThreshold);
    }

    /** The cache key part for one reference rendering: changes whenever its features would differ. */
    public String cacheKey(int side) {
        return "sift" + FeatureExtractor.VERSION + "-" + side + "-" + referenceFeatures + "-" + contrastThreshold
                + "-" + edgeThreshold;
    }
}
