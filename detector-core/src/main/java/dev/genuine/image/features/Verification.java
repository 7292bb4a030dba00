package dev.genuine.image.features;

/**
 * A geometrically verified match: how many keypoint pairs agree with one homography, and where the
 * reference's outline lands in the listing image.
 *
 * @param inlierRatio inliers over all pairs that voted for the reference
 * @param box         the projected outline's bounding box, clipped to the listing image
 */
public record Verification(int inliers, int votes, double inlierRatio, Box box) {
    public Verification {
        if (inliers < 0 || inliers > votes) throw new IllegalArgumentException("inliers must be in [0, votes]");
    }
}
