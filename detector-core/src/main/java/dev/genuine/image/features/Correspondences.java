package dev.genuine.image.features;

/**
 * The keypoint pairs that voted for one reference: listing point i corresponds to reference point i.
 *
 * @param reference index of the reference in its {@link ReferenceIndex}
 * @param listing   x, y in the listing image, interleaved
 * @param registry  x, y in the reference image, interleaved
 */
public record Correspondences(int reference, float[] listing, float[] registry) {
    public Correspondences {
        if (listing.length != registry.length || listing.length % 2 != 0) {
            throw new IllegalArgumentException("correspondences need equal, even point arrays");
        }
    }

    public int votes() {
        return listing.length / 2;
    }
}
