package dev.genuine.testdata;

import java.awt.Color;
import java.util.Objects;

/**
 * How to draw one product photo: the shape and which product of that shape (its design), its colours, the
 * backdrop, the product's size (share of the photo) and offset from the centre, which view, and the seed of the
 * backdrop's random pattern.
 */
record Scene(ProductShape shape, Design design, Color body, Color accent, Backdrop backdrop, double scale, double dx,
             double dy, boolean alternateView, long patternSeed) {
    /** What is behind the product. */
    enum Backdrop { STUDIO, BUSY, WOOD, PLAIN }

    Scene {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(backdrop, "backdrop");
        if (scale <= 0.2 || scale > 1.0) {
            throw new IllegalArgumentException("scale must be in (0.2, 1], got " + scale);
        }
    }
}
