/**
 * Registry logos and official product photos found in listing photos with local features (SIFT), one
 * index over every reference descriptor, and geometric verification.
 *
 * <p>Use: at registry import, {@code new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.of(new
 * FeatureCache(home.resolve("features")))).build(registry, imageStore)} gives a {@link
 * dev.genuine.image.features.ReferenceIndex} (close it when the registry version is replaced) and the
 * registry images that could not be read. Features are cached per image SHA-256, variant and settings, so
 * a restart or a new registry version only computes new images. Then {@code new FeatureImageMatcher(index,
 * imageStore, FeatureSettings.DEFAULT, MatchThresholds.DEFAULT)} is the thread-safe {@link
 * dev.genuine.image.ListingImageMatcher}.
 *
 * <p>How: each logo is indexed as its silhouette (from its alpha) at 256 and 128 px, dark on white and
 * inverted; each product photo as is and mirrored. A listing photo (scaled to 640 px on its longer side)
 * is queried once against the FLANN KD-tree of all reference descriptors; a listing descriptor votes for
 * the references of the nearest rights holder when it is closer than 0.8 times the nearest descriptor of
 * any other rights holder; the references with the most votes are verified by RANSAC (a similarity for
 * logos, a homography for photos) and a sane projected outline.
 *
 * <p>Thresholds, measured with {@code FeatureCurves} on the public bench (900 listings; clean = the 300
 * unrelated, near-name, common-word and referential listings), see {@code docs/image-thresholds.md}:
 * a logo needs 4 inliers (logo-on-product recall 0.867, 0 of 300 clean listings matched; 3 inliers would
 * match 1), a product photo 7 (photo-reuse recall 1.000, flat from 3 to 7 inliers, 0 clean; 4 inliers would
 * match 1). No match named the wrong rights holder at these thresholds. A photo costs about 98 ms CPU on one
 * core for logos and photos together, and 10 times the logos adds about 3 ms (see {@code FeatureScaling}).
 */
package dev.genuine.image.features;
