package dev.genuine.evidence.html;

import java.util.Objects;

/**
 * An image from the store ready to embed: its bytes as a data URI and the size it is displayed at, or, when
 * it could not be read, why not (the page then shows a placeholder).
 *
 * @param width  pixels as decoded with the file's orientation applied, the frame evidence boxes are given in
 * @param problem null when the image can be shown
 */
record EmbeddedImage(String sha256, String dataUri, int width, int height, String problem) {
    EmbeddedImage {
        Objects.requireNonNull(sha256, "sha256");
        if (problem == null && (dataUri == null || width <= 0 || height <= 0)) {
            throw new IllegalArgumentException("a shown image needs its data and a size: " + width + "x" + height);
        }
    }

    static EmbeddedImage shown(String sha256, String dataUri, int width, int height) {
        return new EmbeddedImage(sha256, dataUri, width, height, null);
    }

    static EmbeddedImage missing(String sha256, String problem) {
        return new EmbeddedImage(sha256, null, 0, 0, Objects.requireNonNull(problem, "problem"));
    }

    boolean isShown() {
        return problem == null;
    }
}
