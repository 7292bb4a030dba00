package dev.genuine.image.features;

import dev.genuine.image.ImageMatchKind;

import java.util.Objects;

/**
 * One registry image variant in the reference index: whose it is, and the part of it a match must cover.
 *
 * @param referenceId the mark id (logo) or product id (photo)
 * @param width       the width of the image the features were taken from, in pixels
 * @param outline     the drawn part of the image (a logo's opaque pixels; a whole photo), in those pixels
 */
public record Reference(ImageMatchKind kind, String rightsHolderId, String brand, String referenceId,
                        String sha256, Variant variant, int width, int height, Box outline) {
    public Reference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rightsHolderId, "rightsHolderId");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(outline, "outline");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("reference size must be positive");
    }
}
