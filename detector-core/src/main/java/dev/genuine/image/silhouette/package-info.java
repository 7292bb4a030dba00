/**
 * Logos printed flat in one colour, found by their shape: {@code SilhouetteLogoMatcher} cuts a listing photo
 * into one-colour shapes ({@code ColourRegions}: k-means in Lab, close colours merged, pixels grouped across
 * small gaps, and again with only a colour's flat pixels where part of it is texture) and compares each shape with
 * every registry logo's silhouette ({@code LogoSilhouettes}: ink and, where the logo has opaque white parts, the
 * filled outline, each turned through -15..15 degrees) on a 64x64 canvas ({@code Silhouette}: ink and blank, each
 * within a pixel, both ways).
 *
 * <p>It complements the SIFT matcher of {@code image.features}, which needs texture: a solid shape has too few
 * keypoints. It costs about 20 ms per photo on one thread; {@code SilhouetteCurves} (test scope) measures it and
 * {@code FlatPrintSpread} how flat a flat print is. Thresholds and figures: {@code docs/image-thresholds.md}.
 */
package dev.genuine.image.silhouette;
