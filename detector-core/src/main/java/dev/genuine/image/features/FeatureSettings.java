package dev.genuine.image.features;

/**
 * How features are taken: image sizes and keypoint budgets. Part of every feature cache key.
 *
 * @param maxSide           listing images and product photos are scaled down to this longer side first
 * @param logoSide          logos are scaled down to this longer side
 * @param listingFeatures   SIFT keypoints kept per listing image, strongest first
 * @param referenceFeatures SIFT keypoints kept per reference image
 */
public record FeatureSettings(int maxSide, int logoSide, int listingFeatures, int referenceFeatures) {
    public static final FeatureSettings DEFAULT = new FeatureSettings(640, Integer.getInteger("logoSide", 256), 1500, 800);

    public FeatureSettings {
        if (maxSide < 32 || logoSide < 32) throw new IllegalArgumentException("image sides must be at least 32 px");
        if (listingFeatures < 1 || referenceFeatures < 1) throw new IllegalArgumentException("feature budgets must be positive");
    }

    /** The cache key part: changes whenever features taken with these settings would differ. */
    public String cacheKey() {
        return "sift" + FeatureExtractor.VERSION + "-" + maxSide + "-" + logoSide + "-" + referenceFeatures;
    }
}
