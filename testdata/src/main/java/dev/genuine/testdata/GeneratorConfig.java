package dev.genuine.testdata;

import java.nio.file.Path;

/**
 * What to generate: the seed, how many listings of each case, the side of the square images in pixels,
 * the folder to write to (null to keep the corpus in memory only), and whether to draw images at all
 * (without them a corpus is text-only and much faster to make, with the same listings and labels).
 */
public record GeneratorConfig(long seed, int listingsPerCase, int imageSize, Path outputDir, boolean writeImages) {
    /** The seed of the committed corpus in testdata/generated. */
    public static final long COMMITTED_SEED = 20261124L;
    /** Listings per case in the committed corpus. */
    public static final int COMMITTED_LISTINGS_PER_CASE = 18;
    /** Image side in pixels in the committed corpus. */
    public static final int COMMITTED_IMAGE_SIZE = 320;

    public GeneratorConfig {
        if (listingsPerCase < 1 || listingsPerCase > 100_000) {
            throw new IllegalArgumentException("listingsPerCase must be in [1, 100000], got " + listingsPerCase);
        }
        if (imageSize < 64 || imageSize > 2048) {
            throw new IllegalArgumentException("imageSize must be in [64, 2048] pixels, got " + imageSize);
        }
    }

    /** The settings of the committed corpus, written to {@code outputDir}. */
    public static GeneratorConfig committed(Path outputDir) {
        return new GeneratorConfig(COMMITTED_SEED, COMMITTED_LISTINGS_PER_CASE, COMMITTED_IMAGE_SIZE, outputDir, true);
    }

    public GeneratorConfig withSeed(long newSeed) {
        return new GeneratorConfig(newSeed, listingsPerCase, imageSize, outputDir, writeImages);
    }

    public GeneratorConfig withListingsPerCase(int count) {
        return new GeneratorConfig(seed, count, imageSize, outputDir, writeImages);
    }

    public GeneratorConfig withOutputDir(Path dir) {
        return new GeneratorConfig(seed, listingsPerCase, imageSize, dir, writeImages);
    }

    public GeneratorConfig withImages(boolean images) {
        return new GeneratorConfig(seed, listingsPerCase, imageSize, outputDir, images);
    }
}
