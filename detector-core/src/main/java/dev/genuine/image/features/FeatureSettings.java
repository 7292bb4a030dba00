package dev.genuine.image.features;

import java.util.List;

/**
 * How features are taken: image sizes and keypoint budgets. Part of every feature cache key.
 *
 * @param maxSide           listing images and product photos are scaled down to this longer side first
 * @param minListingSide    smaller listing images are scaled up to this longer side, so small logos get keypoints
 * @param logoSides         each logo is indexed at each of these longer sides (small renderings match small prints)
 * @param listingFeatures   SIFT keypoints kept per listing image, strongest first
 * @param referenceFeatures SIFT keypoints kept per reference image
 */
public record FeatureSettings(int maxSide, int minListingSide, List<Integer> logoSides, int listingFeatures,
                              int referenceFeatures) {
    public static final FeatureSettings DEFAULT = new FeatureSettings(640, Integer.getInteger("minSide", 0),
            List.of(256, 128), 1500, 800);

    public FeatureSettings {
        logoSides = List.copyOf(logoSides);
        if (maxSide < 32 || logoSides.isEmpty() || logoSides.stream().anyMatch(s -> s < 32)) {
            throw new IllegalArgumentException("image sides must be at least 32 px, with at least one logo side");
        }
        if (minListingSide > maxSide) throw new IllegalArgumentException("minListingSide must not exceed maxSide");
        if (listingFeatures < 1 || referenceFeatures < 1) throw new IllegalArgumentException("feature budgets must be positive");
    }

    /** The cache key part for one reference rendering: changes whenever its features would differ. */
    public String cacheKey(int side) {
        return "sift" + FeatureExtractor.VERSION + "-" + side + "-" + referenceFeatures;
    }
}
