package dev.genuine.testdata;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny vector font of capital letters and digits drawn as strokes.
 *
 * <p>The generator draws its own letters instead of using a system font because fonts differ from machine
 * to machine, and the committed images must come out byte-identical wherever they are regenerated.
 */
final class StrokeFont {
    /** Typefaces from one set of glyphs: angular and serif letters for logos, rounded ones for everyone else's names. */
    enum Style {
        ANGULAR,
        /** Angular, with a short crossbar at each stroke's ends. */
        SERIF,
        /** Every corner of a glyph replaced by a curve, so no letter shares the logos' corners. */
        ROUNDED
    }

    /** Glyphs on a grid 4 units wide and 6 high; strokes separated by '|', points as "x y" pairs. */
    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('A', "0 6 0 2 2 0 4 2 4 6|0 3 4 3"),
            Map.entry('B', "0 0 0 6 3 6 4 5 4 4 3 3 0 3|0 0 3 0 4 1 4 2 3 3"),
            Map.entry('C', "4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5"),
            Map.entry('D', "0 0 0 6 3 6 4 5 4 1 3 0 0 0"),
            Map.entry('E', "4 0 0 0 0 6 4 6|0 3 3 3"),
            Map.entry('F', "4 0 0 0 0 6|0 3 3 3"),
            Map.entry('G', "4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5 4 3 2 3"),
            Map.entry('H', "0 0 0 6|4 0 4 6|0 3 4 3"),
            Map.entry('I', "1 0 3 0|2 0 2 6|1 6 3 6"),
            Map.entry('J', "4 0 4 5 3 6 1 6 0 5"),
            Map.entry('K', "0 0 0 6|4 0 0 4|1 3 4 6"),
            Map.entry('L', "0 0 0 6 4 6"),
            Map.entry('M', "0 6 0 0 2 3 4 0 4 6"),
            Map.entry('N', "0 6 0 0 4 6 4 0"),
            Map.entry('O', "1 0 3 0 4 1 4 5 3 6 1 6 0 5 0 1 1 0"),
            Map.entry('P', "0 6 0 0 3 0 4 1 4 2 3 3 0 3"),
            Map.entry('Q', "1 0 3 0 4 1 4 5 3 6 1 6 0 5 0 1 1 0|2 4 4 6"),
            Map.entry('R', "0 6 0 0 3 0 4 1 4 2 3 3 0 3|2 3 4 6"),
            Map.entry('S', "4 1 3 0 1 0 0 1 0 2 1 3 3 3 4 4 4 5 3 6 1 6 0 5"),
            Map.entry('T', "0 0 4 0|2 0 2 6"),
            Map.entry('U', "0 0 0 5 1 6 3 6 4 5 4 0"),
            Map.entry('V', "0 0 2 6 4 0"),
            Map.entry('W', "0 0 1 6 2 3 3 6 4 0"),
            Map.entry('X', "0 0 4 6|4 0 0 6"),
            Map.entry('Y', "0 0 2 3 4 0|2 3 2 6"),
            Map.entry('Z', "0 0 4 0 0 6 4 6"),
            Map.entry('0', "1 0 3 0 4 1 4 5 3 6 1 6 0 5 0 1 1 0|4 1 0 5"),
            Map.entry('1', "1 1 2 0 2 6|1 6 3 6"),
            Map.entry('2', "0 1 1 0 3 0 4 1 4 2 0 6 4 6"),
            Map.entry('3', "0 0 4 0 2 2 3 2 4 3 4 5 3 6 1 6 0 5"),
            Map.entry('4', "3 6 3 0 0 4 4 4"),
            Map.entry('5', "4 0 0 0 0 3 3 3 4 4 4 5 3 6 0 6"),
            Map.entry('6', "3 0 1 0 0 1 0 5 1 6 3 6 4 5 4 4 3 3 0 3"),
            Map.entry('7', "0 0 4 0 1 6"),
            Map.entry('8', "1 0 3 0 4 1 4 2 3 3 1 3 0 2 0 1 1 0|1 3 0 4 0 5 1 6 3 6 4 5 4 4 3 3"),
            Map.entry('9', "4 3 1 3 0 2 0 1 1 0 3 0 4 1 4 5 3 6 1 6"),
            Map.entry('-', "1 3 3 3"),
            Map.entry('.', "2 5.5 2 6"),
            Map.entry(':', "2 1.5 2 2|2 4.5 2 5"),
            Map.entry('%', "0 6 4 0|0 0 1 0 1 1 0 1 0 0|3 5 4 5 4 6 3 6 3 5"),
            Map.entry('/', "0 6 4 0"));

    private static final double ADVANCE = 6;
    private static final double HEIGHT = 6;

    private StrokeFont() {
    }

    /** Width in pixels of {@code text} drawn with letters {@code height} pixels high. */
    static double width(String text, double height) {
        return text.isEmpty() ? 0 : (text.length() * ADVANCE - 2) * height / HEIGHT;
    }

    /** Draws {@code text} with its top-left corner at (x, y), letters {@code height} pixels high. */
    private static void draw(Graphics2D g, String text, double x, double y, double height, Style style) {
        double unit = height / HEIGHT;
        Path2D.Double path = new Path2D.Double();
        String upper = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            String glyph = GLYPHS.get(upper.charAt(i));
            if (glyph != null) {
                appendGlyph(path, glyph, x + i * ADVANCE * unit, y, unit, style);
            }
        }
        Stroke previous = g.getStroke();
        g.setStroke(new BasicStroke((float) Math.max(1.0, unit * 0.9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(previous);
    }

    /** Draws {@code text} centred on (cx, cy), shrunk if needed so it is at most {@code maxWidth} wide. */
    static void drawCentred(Graphics2D g, String text, double cx, double cy, double height, double maxWidth) {
        drawCentred(g, text, cx, cy, height, maxWidth, Style.ANGULAR);
    }

    static void drawCentred(Graphics2D g, String text, double cx, double cy, double height, double maxWidth, Style style) {
        double h = Math.min(height, maxWidth / Math.max(1e-9, width(text, 1)));
        draw(g, text, cx - width(text, h) / 2, cy - h / 2, h, style);
    }

    private static void appendGlyph(Path2D.Double path, String glyph, double x, double y, double unit, Style style) {
        for (String stroke : glyph.split("\\|")) {
            String[] numbers = stroke.trim().split(" ");
            int n = numbers.length / 2;
            double[] px = new double[n];
            double[] py = new double[n];
            for (int p = 0; p < n; p++) {
                px[p] = x + Double.parseDouble(numbers[2 * p]) * unit;
                py[p] = y + Double.parseDouble(numbers[2 * p + 1]) * unit;
            }
            path.moveTo(px[0], py[0]);
            for (int p = 1; p < n; p++) {
                if (style == Style.ROUNDED && p < n - 1) {
                    // Through the corner's neighbourhood, not the corner: the curve ends half way along the next stroke.
                    path.quadTo(px[p], py[p], (px[p] + px[p + 1]) / 2, (py[p] + py[p + 1]) / 2);
                } else {
                    path.lineTo(px[p], py[p]);
                }
            }
            if (style == Style.SERIF) {
                serif(path, px[0], py[0], unit);
                serif(path, px[n - 1], py[n - 1], unit);
            }
        }
    }

    private static void serif(Path2D.Double path, double x, double y, double unit) {
        path.moveTo(x - 0.6 * unit, y);
        path.lineTo(x + 0.6 * unit, y);
    }
}
