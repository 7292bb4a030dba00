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
 * one distinct image per seed, so the embedding trains and is measured on images nobody owns. Photos come
 * in fours: seeds {@code 4k..4k+3} are four views (corners) of one drawn scene, as a shop's photos of one
 * shoot are, so the embedding learns that another part of the same scene is another photo.
 */
public final class SourcePhotoGenerator {
    /** Side of the generated square photos, in pixels. */
    public static final int SIZE = 160;
    /** Photos drawn from one scene. */
    public static final int VIEWS = 4;
    private static final int SCENE = 2 * SIZE;
    /** Side of a view inside the scene: neighbouring views share a third of their width. */
    private static final int VIEW = SCENE * 3 / 5;

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String[] FONTS = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED, Font.DIALOG};

    /** The photo for {@code seed}; the same seed always draws the same photo. */
    public BufferedImage generate(long seed) {
        long view = Math.floorMod(seed, VIEWS);
        BufferedImage scene = scene(Math.floorDiv(seed, VIEWS));
        SplittableRandom jitter = new SplittableRandom(seed);
        int x = (view % 2 == 0 ? 0 : SCENE - VIEW) + jitter.nextInt(-12, 13) * (view % 2 == 0 ? -1 : 1);
        int y = (view < 2 ? 0 : SCENE - VIEW) + jitter.nextInt(-12, 13) * (view < 2 ? -1 : 1);
        x = Math.max(0, Math.min(SCENE - VIEW, x));
        y = Math.max(0, Math.min(SCENE - VIEW, y));
        return PhotoEdits.resize(scene.getSubimage(x, y, VIEW, VIEW), SIZE);
    }

    private BufferedImage scene(long sceneSeed) {
        SplittableRandom rnd = new SplittableRandom(sceneSeed * 0x9E3779B97F4A7C15L + 17);
        BufferedImage img = new BufferedImage(SCENE, SCENE, BufferedImage.TYPE_INT_RGB);
        paintNoiseBackground(img, rnd);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int objects = 7 + rnd.nextInt(8);
            for (int i = 0; i < objects; i++) {
                drawObject(g, rnd);
            }
            for (int labels = rnd.nextInt(4); labels > 0; labels--) {
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
        float[][] finest = grid(cells * 16 + 2, rnd);
        double fineWeight = 0.2 + rnd.nextDouble() * 0.4;
        double finestWeight = rnd.nextDouble() * 0.3;
        double angle = rnd.nextDouble() * Math.PI * 2;
        double gradientWeight = rnd.nextDouble() * 0.6;
        for (int y = 0; y < SCENE; y++) {
            for (int x = 0; x < SCENE; x++) {
                double u = (double) x / SCENE;
                double v = (double) y / SCENE;
                double n = (sample(coarse, u * cells, v * cells) * (1 - fineWeight)
                        + sample(fine, u * cells * 4, v * cells * 4) * fineWeight) * (1 - finestWeight)
                        + sample(finest, u * cells * 16, v * cells * 16) * finestWeight;
                double gr = (Math.cos(angle) * (u - 0.5) + Math.sin(angle) * (v - 0.5)) + 0.5;
                double t = clamp(n * (1 - gradientWeight) + gr * gradientWeight);
                img.setRGB(x, y, mix(a, b, t));
            }
        }
    }

    private static void drawObject(Graphics2D g, SplittableRandom rnd) {
        int w = 24 + rnd.nextInt(SCENE / 3);
        int h = 24 + rnd.nextInt(SCENE / 3);
        int x = rnd.nextInt(SCENE - w / 2) - w / 4;
        int y = rnd.nextInt(SCENE - h / 2) - h / 4;
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
        g.setFont(new Font(FONTS[rnd.nextInt(FONTS.length)], style, 16 + rnd.nextInt(30)));
        g.setColor(randomColour(rnd));
        g.drawString(word.toString(), rnd.nextInt(SCENE * 2 / 3), 20 + rnd.nextInt(SCENE - 25));
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
