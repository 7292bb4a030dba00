package dev.genuine.testdata;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Draws a brand's logo on a transparent background: an emblem (one of six outlines with the initial
 * and a stripe inside) above the wordmark, in the brand's colours, proportions and slant of lettering.
 */
final class LogoPainter {
    static final int WIDTH = 256;
    static final int HEIGHT = 160;

    private LogoPainter() {
    }

    static BufferedImage paint(Brand brand) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = ImageAugmenter.smooth(image.createGraphics());
        try {
            Color main = brand.colours().get(0);
            Color accent = brand.colours().get(1);
            // Each brand's own proportions and typeface (slant, width, serifs or not): brands never share their lettering.
            Design.Variation own = new Design(Seeds.derive(0, 6, Brands.ALL.indexOf(brand))).lettering();
            StrokeFont.Style typeface = Brands.ALL.indexOf(brand) % 2 == 0 ? StrokeFont.Style.ANGULAR : StrokeFont.Style.SERIF;
            Shape emblem = AffineTransform.getTranslateInstance(WIDTH / 2.0, 52)
                    .createTransformedShape(AffineTransform.getScaleInstance(own.at(1, 0.2), 1)
                            .createTransformedShape(AffineTransform.getTranslateInstance(-WIDTH / 2.0, -52)
                                    .createTransformedShape(emblem(brand.emblem(), WIDTH / 2.0, 52, 46))));
            g.setColor(main);
            g.fill(emblem);
            g.setColor(accent);
            g.setStroke(new BasicStroke(5f));
            g.draw(emblem);
            g.setClip(emblem);
            g.fill(new Path2D.Double(stripe(WIDTH / 2.0, 52, 46, brand.emblem())));
            g.setClip(null);
            double slant = own.at(0, 0.35);
            double widen = own.at(1, 0.2);
            AffineTransform plain = g.getTransform();
            g.translate(WIDTH / 2.0, 52);
            g.shear(slant, 0);
            g.setColor(Color.WHITE);
            StrokeFont.drawCentred(g, brand.name().substring(0, 1), -8, -2, 44, 60, typeface);
            g.setColor(accent);
            StrokeFont.drawCentred(g, brand.name().substring(0, 1), -6, 0, 44, 60, typeface);
            g.setTransform(plain);
            g.translate(WIDTH / 2.0, 128);
            g.shear(slant, 0);
            g.scale(widen, 1);
            g.setColor(main);
            StrokeFont.drawCentred(g, brand.name().toUpperCase(Locale.ROOT), 0, 0, 30, (WIDTH - 48) / widen, typeface);
            g.setTransform(plain);
            g.setColor(accent);
            double rule = own.at(24, 14);
            g.fill(new Rectangle2D.Double(rule, own.at(150, 3), WIDTH - 2 * rule, own.at(4, 2)));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Shape emblem(int kind, double cx, double cy, double r) {
        switch (kind % 6) {
            case 0:
                return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case 1:
                return polygon(cx, cy, r, 6, Math.PI / 6);
            case 2: {
                Path2D.Double shield = new Path2D.Double();
                shield.moveTo(cx - r, cy - r);
                shield.lineTo(cx + r, cy - r);
                shield.lineTo(cx + r, cy);
                shield.quadTo(cx + r, cy + r * 0.7, cx, cy + r);
                shield.quadTo(cx - r, cy + r * 0.7, cx - r, cy);
                shield.closePath();
                return shield;
            }
            case 3:
                return polygon(cx, cy, r, 4, 0);
            case 4:
                return new RoundRectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r, r * 0.8, r * 0.8);
            default:
                return polygon(cx, cy + r * 0.15, r * 1.1, 3, -Math.PI / 2);
        }
    }

    private static Path2D.Double polygon(double cx, double cy, double r, int sides, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            double x = cx + r * StrictMath.cos(a);
            double y = cy + r * StrictMath.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** A diagonal band across the lower part of the emblem, slanted differently per emblem kind. */
    private static Shape stripe(double cx, double cy, double r, int kind) {
        double slant = (kind % 3 - 1) * r * 0.4;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx - r, cy + r * 0.45 + slant);
        p.lineTo(cx + r, cy + r * 0.25 - slant);
        p.lineTo(cx + r, cy + r * 0.55 - slant);
        p.lineTo(cx - r, cy + r * 0.75 + slant);
        p.closePath();
        return p;
    }
}
