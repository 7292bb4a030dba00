package dev.genuine.testdata;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A drawn product photo and the box on the product where a logo or label sits, in pixels. */
record Painted(BufferedImage image, Rectangle2D anchor) {
}
