package dev.genuine.models.embedding;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * A random chain of re-seller edits for training: each edit applied with its own probability and a
 * random strength, so the network sees the edits alone and combined, as listings show them.
 */
public final class PhotoAugmenter {
    /** The largest crop, as a fraction of each side, trained for. */
    public static final double MAX_CROP = 0.30;

    /** An edited copy of {@code photo}; the source is left untouched. */
    public BufferedImage augment(BufferedImage photo, SplittableRandom rnd) {
        BufferedImage img = photo;
        if (rnd.nextDouble() < 0.8) {
            // Square root: strong crops, the ones the embedding finds hardest, are drawn more often.
            img = PhotoEdits.crop(img, Math.sqrt(rnd.nextDouble()) * MAX_CROP, rnd);
        }
        if (rnd.nextBoolean()) {
            img = PhotoEdits.mirror(img);
        }
        if (rnd.nextDouble() < 0.4) {
            img = PhotoEdits.rotate(img, (rnd.nextDouble() * 2 - 1) * 8);
        }
        if (rnd.nextDouble() < 0.6) {
            img = PhotoEdits.colourShift(img, 0.3, rnd);
        }
        if (rnd.nextDouble() < 0.3) {
            img = PhotoEdits.textOverlay(img, rnd);
        }
        if (rnd.nextDouble() < 0.3) {
            img = PhotoEdits.watermark(img, rnd);
        }
        if (rnd.nextDouble() < 0.4) {
            img = PhotoEdits.border(img, rnd.nextDouble() * 0.2, rnd);
        }
        if (rnd.nextDouble() < 0.6) {
            img = PhotoEdits.jpeg(img, 25 + rnd.nextInt(60));
        }
        return img;
    }
}
