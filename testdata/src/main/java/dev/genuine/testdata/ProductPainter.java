package dev.genuine.testdata;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a product photo: backdrop, product, and on the product either a logo, a printed name, or nothing.
 */
final class ProductPainter {
    private ProductPainter() {
    }

    /**
     * @param logo a logo to print on the product's label area, or null
     * @param text a name to print there instead when {@code logo} is null, or null for a blank product
     */
    static Painted paint(int size, Scene scene, BufferedImage logo, String text) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ImageAugmenter.smooth(image.createGraphics());
        try {
            Backdrops.paint(g, scene, size);
            double side = size * scene.scale();
            AffineTransform toImage = new AffineTransform();
            toImage.translate(size / 2.0 + scene.dx() * size - side / 2, size / 2.0 + scene.dy() * size - side / 2);
            toImage.scale(side / 100, side / 100);
            AffineTransform saved = g.getTransform();
            g.transform(toImage);
            Rectangle2D unitAnchor = ProductShapes.draw(g, scene);
            g.setTransform(saved);
            Rectangle2D anchor = toImage.createTransformedShape(unitAnchor).getBounds2D();
            if (logo != null) {
                drawFitted(g, logo, anchor);
            } else if (text != null) {
                printName(g, text, anchor, scene.design().lettering());
            }
            return new Painted(image, anchor);
        } finally {
            g.dispose();
        }
    }

    private static void drawFitted(Graphics2D g, BufferedImage logo, Rectangle2D box) {
        double k = Math.min(box.getWidth() / logo.getWidth(), box.getHeight() / logo.getHeight());
        double w = logo.getWidth() * k;
        double h = logo.getHeight() * k;
        // A light badge behind the logo keeps it legible whatever the product's colour, as printed labels do.
        g.setColor(new Color(250, 250, 246, 235));
        g.fill(new RoundRectangle2D.Double(box.getCenterX() - w / 2 - 2, box.getCenterY() - h / 2 - 2,
                w + 4, h + 4, 6, 6));
        g.drawImage(logo, (int) Math.round(box.getCenterX() - w / 2), (int) Math.round(box.getCenterY() - h / 2),
                (int) Math.round(w), (int) Math.round(h), null);
    }

    /**
     * Dark letters with a light outline, readable on any product colour, slanted and widened as the design's
     * own lettering, and rounded: the angular letters are the logos' typeface, and a maker's name is never set in
     * another brand's typeface.
     */
    private static void printName(Graphics2D g, String text, Rectangle2D box, Design.Variation lettering) {
        double h = box.getHeight() * 0.7;
        double widen = lettering.at(1, 0.3);
        AffineTransform saved = g.getTransform();
        g.translate(box.getCenterX(), box.getCenterY());
        g.shear(lettering.at(0, 0.35), 0);
        g.scale(widen, 1);
        try {
            g.setColor(new Color(250, 250, 245));
            for (int[] d : new int[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                StrokeFont.drawCentred(g, text, d[0], d[1], h, box.getWidth() / widen, StrokeFont.Style.ROUNDED);
            }
            g.setColor(new Color(20, 20, 24));
            StrokeFont.drawCentred(g, text, 0, 0, h, box.getWidth() / widen, StrokeFont.Style.ROUNDED);
        } finally {
            g.setTransform(saved);
        }
    }
}
