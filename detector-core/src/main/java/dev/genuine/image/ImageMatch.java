package dev.genuine.image;

import java.util.Map;

/**
 * A verified match between a listing image and a registry image, with what was measured.
 *
 * @param referenceId the product id (photo) or mark id (logo) the registry image belongs to
 * @param method      how it was found, e.g. "pdq", "orb-homography", "embedding"
 * @param strength    in [0, 1]: how sure the match is, comparable across methods
 * @param measures    the raw figures: distance, inliers, box {x,y,w,h}, similarity, and a learned matcher's
 *                    model version ("model"), for evidence
 */
public record ImageMatch(ImageMatchKind kind, String rightsHolderId, String brand, String referenceId,
                         String listingImageSha256, String referenceImageSha256, String method,
                         double strength, Map<String, Object> measures) {
    public ImageMatch {
        measures = Map.copyOf(measures);
    }
}
