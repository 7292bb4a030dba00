package dev.genuine.testdata;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * An edited image and the names of the edits that made it, in order (e.g. {@code crop18%}, {@code mirror},
 * {@code jpeg65}).
 */
public record Augmentation(BufferedImage image, List<String> ops) {
    public Augmentation {
        Objects.requireNonNull(image, "image");
        ops = List.copyOf(ops);
    }
}
