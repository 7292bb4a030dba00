package dev.genuine.testdata;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Pastes a logo onto a photo at a given share of the photo's width, rotated a little, optionally printed
 * in a single colour (as a light logo on a dark product), and reports where it went.
 */
final class LogoStamp {
    /** Where a stamped logo ended up: its bounding box in pixels, colour ("original" or #rrggbb), angle. */
    record Placement(int x, int y, int w, int h, String colour, double angle, double widthFraction) {
    }

    private LogoStamp() {
    }

    /** Stamps {@code logo} centred on (cx, cy); {@code colour} null keeps the logo's own colours. */
    static Placement stamp(BufferedImage photo, BufferedImage logo, double widthFraction, double angleDegrees,
                           double cx, double cy, Color colour) {
        BufferedImage ink = colour == null ? logo : recolour(logo, colour);
        double w = photo.getWidth() * widthFraction;
        double h = w * logo.getHeight() / logo.getWidth();
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.rotate(Math.toRadians(angleDegrees));
        at.translate(-w / 2, -h / 2);
        at.scale(w / logo.getWidth(), h / logo.getHeight());
        Graphics2D g = ImageAugmenter.smooth(photo.createGraphics());
        try {
            g.drawImage(ink, at, null);
        } finally {
            g.dispose();
        }
        Rectangle2D box = at.createTransformedShape(new Rectangle2D.Double(0, 0, logo.getWidth(), logo.getHeight()))
                .getBounds2D().createIntersection(new Rectangle2D.Double(0, 0, photo.getWidth(), photo.getHeight()));
        String name = colour == null ? "original" : String.format("#%06x", colour.getRGB() & 0xffffff);
        return new Placement((int) Math.round(box.getX()), (int) Math.round(box.getY()), (int) Math.round(box.getWidth()),
                (int) Math.round(box.getHeight()), name, Math.round(angleDegrees * 10) / 10.0,
                Math.round(widthFraction * 100) / 100.0);
    }

    private static BufferedImage recolour(BufferedImage logo, Color colour) {
        BufferedImage out = new BufferedImage(logo.getWidth(), logo.getHeight(), BufferedImage.TYPE_INT_ARGB);
        int rgb = colour.getRGB() & 0xffffff;
        for (int y = 0; y < logo.getHeight(); y++) {
            for (int x = 0; x < logo.getWidth(); x++) {
                int alpha = logo.getRGB(x, y) >>> 24;
                out.setRGB(x, y, (alpha << 24) | rgb);
            }
        }
        return out;
    }
}
