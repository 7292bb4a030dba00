package dev.genuine.models.embedding;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Draws product-like photos procedurally (textured backgrounds, shaded objects, labels, printed text),
 * one distinct image per seed, so the embedding trains and is measured on images nobody owns.
 */
public final class SourcePhotoGenerator {
    /** Side of the generated square photos, in pixels. */
    public static final int SIZE = 160;

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String[] FONTS = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED, Font.DIALOG};

    /** The photo for {@code seed}; the same seed always draws the same photo. */
    public BufferedImage generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        paintNoiseBackground(img, rnd);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int objects = 1 + rnd.nextInt(3);
            for (int i = 0; i < objects; i++) {
                drawObject(g, rnd);
            }
            if (rnd.nextInt(3) > 0) {
                drawLabel(g, rnd);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Smooth multi-octave value noise mapped through a random two-colour ramp: texture like a real backdrop. */
    private static void paintNoiseBackground(BufferedImage img, SplittableRandom rnd) {
        Color a = randomColour(rnd);
        Color b = randomColour(rnd);
        int cells = 2 + rnd.nextInt(6);
        float[][] coarse = grid(cells + 2, rnd);
        float[][] fine = grid(cells * 4 + 2, rnd);
        double fineWeight = rnd.nextDouble() * 0.5;
        double angle = rnd.nextDouble() * Math.PI * 2;
        double gradientWeight = rnd.nextDouble() * 0.6;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double u = (double) x / SIZE;
                double v = (double) y / SIZE;
                double n = sample(coarse, u * cells, v * cells) * (1 - fineWeight)
                        + sample(fine, u * cells * 4, v * cells * 4) * fineWeight;
                double gr = (Math.cos(angle) * (u - 0.5) + Math.sin(angle) * (v - 0.5)) + 0.5;
                double t = clamp(n * (1 - gradientWeight) + gr * gradientWeight);
                img.setRGB(x, y, mix(a, b, t));
            }
        }
    }

    private static void drawObject(Graphics2D g, SplittableRandom rnd) {
        int w = 30 + rnd.nextInt(SIZE / 2);
        int h = 30 + rnd.nextInt(SIZE / 2);
        int x = rnd.nextInt(SIZE - w / 2) - w / 4;
        int y = rnd.nextInt(SIZE - h / 2) - h / 4;
        Shape shape = switch (rnd.nextInt(4)) {
            case 0 -> new RoundRectangle2D.Double(x, y, w, h, rnd.nextInt(30), rnd.nextInt(30));
            case 1 -> new Ellipse2D.Double(x, y, w, h);
            case 2 -> polygon(x, y, w, h, 3 + rnd.nextInt(5), rnd);
            default -> new RoundRectangle2D.Double(x, y, w, h / 3.0 + 10, 40, 40);
        };
        Color c1 = randomColour(rnd);
        Color c2 = rnd.nextBoolean() ? c1.darker().darker() : randomColour(rnd);
        g.setPaint(new GradientPaint(x, y, c1, x + rnd.nextInt(w + 1), y + h, c2));
        g.fill(shape);
        if (rnd.nextBoolean()) {
            drawStripes(g, shape, x, y, w, h, rnd);
        }
        g.setColor(randomColour(rnd));
        g.setStroke(new BasicStroke(1 + rnd.nextInt(4)));
        g.draw(shape);
    }

    private static void drawStripes(Graphics2D g, Shape clip, int x, int y, int w, int h, SplittableRandom rnd) {
        Shape old = g.getClip();
        g.clip(clip);
        g.setColor(withAlpha(randomColour(rnd), 90 + rnd.nextInt(120)));
        int step = 4 + rnd.nextInt(12);
        g.setStroke(new BasicStroke(1 + rnd.nextInt(step / 2 + 1)));
        boolean vertical = rnd.nextBoolean();
        for (int i = 0; i < Math.max(w, h) * 2; i += step) {
            if (vertical) {
                g.drawLine(x + i, y, x + i - h / 2, y + h);
            } else {
                g.drawLine(x, y + i, x + w, y + i - w / 3);
            }
        }
        g.setClip(old);
    }

    private static void drawLabel(Graphics2D g, SplittableRandom rnd) {
        StringBuilder word = new StringBuilder();
        int length = 3 + rnd.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
        }
        int style = rnd.nextInt(3);
        g.setFont(new Font(FONTS[rnd.nextInt(FONTS.length)], style, 12 + rnd.nextInt(22)));
        g.setColor(randomColour(rnd));
        g.drawString(word.toString(), rnd.nextInt(SIZE / 2), 20 + rnd.nextInt(SIZE - 25));
    }

    private static Polygon polygon(int x, int y, int w, int h, int corners, SplittableRandom rnd) {
        Polygon p = new Polygon();
        for (int i = 0; i < corners; i++) {
            double a = Math.PI * 2 * i / corners + rnd.nextDouble() * 0.5;
            double r = 0.6 + rnd.nextDouble() * 0.4;
            p.addPoint((int) (x + w / 2.0 + Math.cos(a) * r * w / 2), (int) (y + h / 2.0 + Math.sin(a) * r * h / 2));
        }
        return p;
    }

    private static float[][] grid(int n, SplittableRandom rnd) {
        float[][] g = new float[n + 1][n + 1];
        for (float[] row : g) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) rnd.nextDouble();
            }
        }
        return g;
    }

    /** Bilinear interpolation with a smoothstep, so the noise has no visible cell edges. */
    private static double sample(float[][] g, double x, double y) {
        int ix = (int) x;
        int iy = (int) y;
        double fx = smooth(x - ix);
        double fy = smooth(y - iy);
        double top = g[iy][ix] * (1 - fx) + g[iy][ix + 1] * fx;
        double bottom = g[iy + 1][ix] * (1 - fx) + g[iy + 1][ix + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int mix(Color a, Color b, double t) {
        int r = (int) (a.getRed() * (1 - t) + b.getRed() * t);
        int gr = (int) (a.getGreen() * (1 - t) + b.getGreen() * t);
        int bl = (int) (a.getBlue() * (1 - t) + b.getBlue() * t);
        return (r << 16) | (gr << 8) | bl;
    }

    private static Color randomColour(SplittableRandom rnd) {
        return Color.getHSBColor((float) rnd.nextDouble(), (float) rnd.nextDouble(), 0.15f + 0.85f * (float) rnd.nextDouble());
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
