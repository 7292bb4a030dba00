package dev.genuine.image.features;

import dev.genuine.image.ImageMatchKind;

/**
 * The numbers that decide a feature match, chosen from measured curves (see package documentation).
 *
 * @param ratio             Lowe's ratio test across rights holders
 * @param maxCandidates     references verified per listing image, most votes first
 * @param logoInliers       minimum RANSAC inliers for a logo
 * @param photoInliers      minimum RANSAC inliers for a product photo
 * @param minInlierRatio    minimum share of a reference's votes that agree with the homography
 * @param reprojection      RANSAC reprojection threshold in listing pixels
 * @param maxSkew           largest ratio of opposite sides, and of the outline's aspect to the reference's
 * @param minLogoArea       smallest projected logo outline, as a share of the listing image
 * @param minPhotoArea      smallest projected product photo outline, as a share of the listing image
 */
public record MatchThresholds(double ratio, int maxCandidates, int logoInliers, int photoInliers,
                              double minInlierRatio, double reprojection, double maxSkew,
                              double minLogoArea, double minPhotoArea) {
    public static final MatchThresholds DEFAULT = new MatchThresholds(0.8, 8, 4, 7, 0.2, 5.0, 2.5, 0.004, 0.25);

    public MatchThresholds {
        if (ratio <= 0 || ratio >= 1) throw new IllegalArgumentException("ratio must be in (0, 1)");
        if (maxCandidates < 1) throw new IllegalArgumentException("maxCandidates must be at least 1");
        if (logoInliers < 3 || photoInliers < 3) throw new IllegalArgumentException("a match needs at least 3 inliers");
        if (maxSkew < 1) throw new IllegalArgumentException("maxSkew must be at least 1");
    }

    public int minInliers(ImageMatchKind kind) {
        return kind == ImageMatchKind.LOGO ? logoInliers : photoInliers;
    }

    public MatchThresholds withInliers(int logo, int photo) {
        return new MatchThresholds(ratio, maxCandidates, logo, photo, minInlierRatio, reprojection, maxSkew,
                minLogoArea, minPhotoArea);
    }
}
