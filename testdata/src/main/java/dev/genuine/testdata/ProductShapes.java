package dev.genuine.testdata;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws each product shape in a 100 x 100 unit box, with the seams, grilles, stripes and screens that
 * give a photo local features, and returns the box where the product's logo or label sits.
 */
final class ProductShapes {
    private static final BasicStroke SEAM = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {2f, 1.5f}, 0f);

    private ProductShapes() {
    }

    static Rectangle2D draw(Graphics2D g, Scene s) {
        return switch (s.shape()) {
            case SHOE -> shoe(g, s.body(), s.accent());
            case BAG -> bag(g, s.body(), s.accent());
            case BOTTLE -> bottle(g, s.body(), s.accent());
            case PHONE -> phone(g, s.body(), s.accent(), s.alternateView());
            case WATCH -> watch(g, s.body(), s.accent());
            case SPEAKER -> speaker(g, s.body(), s.accent());
            case SHIRT -> shirt(g, s.body(), s.accent());
            case JAR -> jar(g, s.body(), s.accent());
        };
    }

    private static Rectangle2D shoe(Graphics2D g, Color body, Color accent) {
        Path2D.Double upper = new Path2D.Double();
        upper.moveTo(8, 72);
        upper.lineTo(8, 38);
        upper.quadTo(10, 30, 22, 32);
        upper.lineTo(40, 42);
        upper.quadTo(52, 34, 60, 46);
        upper.quadTo(80, 52, 92, 62);
        upper.quadTo(97, 68, 92, 72);
        upper.closePath();
        fill(g, upper, body, 30, 80);
        g.setColor(accent);
        Path2D.Double band = new Path2D.Double();
        band.moveTo(20, 66);
        band.quadTo(50, 48, 86, 58);
        band.lineTo(88, 63);
        band.quadTo(50, 56, 24, 71);
        band.closePath();
        g.fill(band);
        seam(g, upper, accent.brighter());
        g.setColor(new Color(245, 245, 240));
        g.fill(new RoundRectangle2D.Double(5, 70, 90, 13, 8, 8));
        g.setColor(new Color(60, 60, 60));
        for (int x = 10; x < 92; x += 5) {
            g.draw(new Rectangle2D.Double(x, 79, 2.5, 3));
        }
        g.setStroke(new BasicStroke(1.6f));
        for (int i = 0; i < 5; i++) {
            g.draw(new Path2D.Double(new Line2D.Double(44 + i * 3.5, 40 + i * 1.5, 50 + i * 3.5, 46 + i * 1.8)));
        }
        return new Rectangle2D.Double(18, 46, 34, 14);
    }

    private static Rectangle2D bag(Graphics2D g, Color body, Color accent) {
        g.setColor(body.darker());
        g.setStroke(new BasicStroke(4f));
        g.draw(new Path2D.Double(new Arc2D.Double(36, 4, 28, 24, 0, 180, Arc2D.OPEN)));
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(18, 14, 64, 82, 20, 20);
        fill(g, main, body, 20, 90);
        seam(g, main, accent);
        RoundRectangle2D.Double pocket = new RoundRectangle2D.Double(26, 56, 48, 32, 10, 10);
        g.setColor(accent);
        g.fill(pocket);
        seam(g, pocket, body.brighter());
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {1.2f, 1.2f}, 0f));
        g.draw(new Line2D.Double(24, 30, 76, 30));
        g.fill(new Rectangle2D.Double(70, 29, 4, 7));
        return new Rectangle2D.Double(28, 36, 44, 16);
    }

    private static Rectangle2D bottle(Graphics2D g, Color body, Color accent) {
        g.setColor(accent.darker());
        g.fill(new RoundRectangle2D.Double(39, 3, 22, 13, 4, 4));
        g.setColor(new Color(30, 30, 30));
        for (int x = 41; x < 60; x += 3) {
            g.draw(new Line2D.Double(x, 4, x, 15));
        }
        g.setColor(body.darker());
        g.fill(new Rectangle2D.Double(43, 15, 14, 9));
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(29, 22, 42, 75, 16, 16);
        fill(g, main, body, 29, 71);
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(29, 44, 42, 30));
        g.setColor(new Color(255, 255, 255, 80));
        g.fill(new RoundRectangle2D.Double(34, 26, 5, 66, 4, 4));
        return new Rectangle2D.Double(31, 47, 38, 24);
    }

    private static Rectangle2D phone(Graphics2D g, Color body, Color accent, boolean back) {
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(24, 4, 52, 92, 12, 12);
        if (back) {
            fill(g, main, body, 24, 76);
            g.setColor(new Color(25, 25, 25));
            g.fill(new RoundRectangle2D.Double(29, 9, 24, 28, 8, 8));
            for (int i = 0; i < 3; i++) {
                double y = i == 2 ? 23 : 11.5;
                double x = i == 1 ? 41 : 31.5;
                g.setColor(new Color(80, 80, 90));
                g.fill(new Ellipse2D.Double(x, y, 10, 10));
                g.setColor(accent);
                g.draw(new Ellipse2D.Double(x + 2, y + 2, 6, 6));
            }
            return new Rectangle2D.Double(30, 52, 40, 18);
        }
        g.setColor(new Color(15, 15, 18));
        g.fill(main);
        Rectangle2D.Double screen = new Rectangle2D.Double(27.5, 9, 45, 82);
        g.setPaint(new GradientPaint(27, 9, body, 73, 91, accent));
        g.fill(screen);
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new Ellipse2D.Double(35, 50, 40, 40));
        g.setColor(new Color(255, 255, 255, 170));
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                g.fill(new RoundRectangle2D.Double(31 + col * 10, 30 + row * 10, 7, 7, 2, 2));
            }
        }
        g.setColor(new Color(15, 15, 18));
        g.fill(new Ellipse2D.Double(48, 11, 4, 4));
        return new Rectangle2D.Double(30, 14, 40, 12);
    }

    private static Rectangle2D watch(Graphics2D g, Color body, Color accent) {
        g.setColor(body.darker());
        g.fill(new RoundRectangle2D.Double(37, 0, 26, 32, 6, 6));
        g.fill(new RoundRectangle2D.Double(37, 68, 26, 32, 6, 6));
        g.setColor(new Color(20, 20, 20));
        for (int y = 76; y < 98; y += 5) {
            g.fill(new Ellipse2D.Double(48.5, y, 3, 3));
        }
        RoundRectangle2D.Double frame = new RoundRectangle2D.Double(26, 24, 48, 52, 16, 16);
        fill(g, frame, new Color(60, 62, 66), 26, 74);
        g.setColor(new Color(10, 10, 14));
        g.fill(new RoundRectangle2D.Double(30, 28, 40, 44, 12, 12));
        g.setColor(accent);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Arc2D.Double(33, 31, 34, 34, 90, -250, Arc2D.OPEN));
        g.setColor(Color.WHITE);
        StrokeFont.drawCentred(g, "10:09", 50, 46, 8, 26);
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(74, 44, 3, 10));
        return new Rectangle2D.Double(34, 56, 32, 10);
    }

    private static Rectangle2D speaker(Graphics2D g, Color body, Color accent) {
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(6, 28, 88, 46, 44, 44);
        fill(g, main, body, 6, 94);
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(4, 28, 18, 46));
        g.fill(new Ellipse2D.Double(78, 28, 18, 46));
        g.setColor(new Color(20, 20, 20, 160));
        for (double y = 34; y < 70; y += 4) {
            for (double x = 24; x < 77; x += 4) {
                g.fill(new Ellipse2D.Double(x, y, 2.2, 2.2));
            }
        }
        g.setColor(new Color(230, 230, 230));
        for (int i = 0; i < 3; i++) {
            g.fill(new Ellipse2D.Double(40 + i * 8, 23, 5, 5));
        }
        return new Rectangle2D.Double(30, 42, 40, 18);
    }

    private static Rectangle2D shirt(Graphics2D g, Color body, Color accent) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(30, 8);
        p.quadTo(50, 22, 70, 8);
        p.lineTo(94, 24);
        p.lineTo(84, 40);
        p.lineTo(74, 34);
        p.lineTo(74, 94);
        p.lineTo(26, 94);
        p.lineTo(26, 34);
        p.lineTo(16, 40);
        p.lineTo(6, 24);
        p.closePath();
        fill(g, p, body, 6, 94);
        Shape clip = g.getClip();
        g.clip(p);
        g.setColor(accent);
        for (int y = 60; y < 94; y += 8) {
            g.fill(new Rectangle2D.Double(0, y, 100, 3.5));
        }
        g.setClip(clip);
        seam(g, p, accent);
        g.setColor(accent);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Path2D.Double(new QuadCurve2D.Double(32, 9, 50, 24, 68, 9)));
        return new Rectangle2D.Double(34, 28, 32, 16);
    }

    private static Rectangle2D jar(Graphics2D g, Color body, Color accent) {
        g.setColor(accent.darker());
        g.fill(new RoundRectangle2D.Double(25, 10, 50, 15, 5, 5));
        g.setColor(new Color(0, 0, 0, 90));
        for (int x = 27; x < 74; x += 3) {
            g.draw(new Line2D.Double(x, 11, x, 24));
        }
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(21, 23, 58, 72, 18, 18);
        fill(g, main, body, 21, 79);
        g.setColor(new Color(250, 248, 240));
        g.fill(new Rectangle2D.Double(21, 44, 58, 30));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(21, 70, 58, 4));
        return new Rectangle2D.Double(25, 47, 50, 20);
    }

    private static void fill(Graphics2D g, Shape shape, Color colour, double x0, double x1) {
        g.setPaint(new GradientPaint((float) x0, 0, colour.brighter(), (float) x1, 0, colour.darker()));
        g.fill(shape);
    }

    private static void seam(Graphics2D g, Shape shape, Color colour) {
        g.setColor(colour);
        g.setStroke(SEAM);
        AffineTransform inset = AffineTransform.getScaleInstance(0.94, 0.94);
        Rectangle2D b = shape.getBounds2D();
        inset.preConcatenate(AffineTransform.getTranslateInstance(b.getCenterX() * 0.06, b.getCenterY() * 0.06));
        g.draw(inset.createTransformedShape(shape));
        g.setStroke(new BasicStroke(1f));
    }
}
