package dev.genuine.models.embedding;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** The single edits recall is reported for, each at the fixed strength the model card names. */
public enum HeldOutEdit {
    CROP_30("crop 30%") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.crop(img, 0.30, rnd);
        }
    },
    MIRROR("mirror") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.mirror(img);
        }
    },
    ROTATE_5("rotate 5 degrees") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.rotate(img, rnd.nextBoolean() ? 5 : -5);
        }
    },
    COLOUR_SHIFT("colour shift 25%") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.colourShift(img, 0.25, rnd);
        }
    },
    JPEG_30("JPEG q30") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.jpeg(img, 30);
        }
    },
    TEXT_OVERLAY("text overlay") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.textOverlay(img, rnd);
        }
    },
    BORDER_15("border 15%") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.border(img, 0.15, rnd);
        }
    },
    WATERMARK("watermark") {
        @Override BufferedImage apply(BufferedImage img, SplittableRandom rnd) {
            return PhotoEdits.watermark(img, rnd);
        }
    };

    private final String label;

    HeldOutEdit(String label) {
        this.label = label;
    }

    /** How the edit is named in reports. */
    public String label() {
        return label;
    }

    abstract BufferedImage apply(BufferedImage img, SplittableRandom rnd);
}
