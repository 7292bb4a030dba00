package dev.genuine.image.features;

/** How a reference image was transformed before its features were taken, so edited copies still match. */
public enum Variant {
    /** The image as registered (a logo composited as a dark silhouette on white). */
    ORIGINAL,
    /** A logo's silhouette light on dark: logos printed light on dark products. */
    INVERTED,
    /** A product photo flipped left to right: mirrored re-use. */
    MIRRORED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
