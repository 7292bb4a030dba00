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
 *
 * <p>The numbers written here are a shape's typical measurements; the scene's {@link Design.Variation} moves
 * each detail away from them on its own and changes counts, spacings and layouts, so no two designs of one
 * shape share a geometry a homography could map onto the other.
 */
final class ProductShapes {
    private ProductShapes() {
    }

    static Rectangle2D draw(Graphics2D g, Scene s) {
        Design.Variation v = s.design().variation();
        return switch (s.shape()) {
            case SHOE -> shoe(g, s.body(), s.accent(), v);
            case BAG -> bag(g, s.body(), s.accent(), v);
            case BOTTLE -> bottle(g, s.body(), s.accent(), v);
            case PHONE -> phone(g, s.body(), s.accent(), s.alternateView(), v);
            case WATCH -> watch(g, s.body(), s.accent(), v);
            case SPEAKER -> speaker(g, s.body(), s.accent(), v);
            case SHIRT -> shirt(g, s.body(), s.accent(), v);
            case JAR -> jar(g, s.body(), s.accent(), v);
        };
    }

    private static Rectangle2D shoe(Graphics2D g, Color body, Color accent, Design.Variation v) {
        Path2D.Double upper = new Path2D.Double();
        upper.moveTo(8, 72);
        upper.lineTo(v.at(8, 3), v.at(38, 6));
        upper.quadTo(v.at(10, 3), v.at(30, 4), v.at(22, 5), v.at(32, 4));
        upper.lineTo(v.at(40, 6), v.at(42, 5));
        upper.quadTo(v.at(52, 6), v.at(34, 5), v.at(60, 6), v.at(46, 5));
        upper.quadTo(v.at(80, 6), v.at(52, 5), v.at(92, 3), v.at(62, 4));
        upper.quadTo(97, v.at(68, 2), 92, 72);
        upper.closePath();
        fill(g, upper, body, 30, 80);
        g.setColor(accent);
        Path2D.Double band = new Path2D.Double();
        double bandLeft = v.at(20, 6);
        double bandRight = v.at(86, 5);
        double bandMid = v.at(48, 8);
        double bandWidth = v.at(5, 3);
        band.moveTo(bandLeft, 66);
        band.quadTo(v.at(50, 10), bandMid, bandRight, v.at(58, 4));
        band.lineTo(bandRight + 2, v.at(63, 4));
        band.quadTo(v.at(50, 10), bandMid + 3 + bandWidth, bandLeft + 4, 66 + bandWidth);
        band.closePath();
        g.fill(band);
        seam(g, upper, accent.brighter(), v);
        double soleY = v.at(70, 2);
        double soleHeight = v.at(13, 3);
        g.setColor(new Color(245, 245, 240));
        g.fill(new RoundRectangle2D.Double(5, soleY, 90, soleHeight, v.at(8, 6), v.at(8, 6)));
        g.setColor(new Color(60, 60, 60));
        double treadStep = v.at(5, 1.8);
        double treadWidth = v.at(2.5, 1);
        double treadHeight = v.at(3, 1.2);
        for (double x = v.at(10, 3); x < 92; x += treadStep) {
            if (v.layout(4) != 0) {
                g.draw(new Rectangle2D.Double(x, soleY + soleHeight - 4, treadWidth, treadHeight));
            }
        }
        g.setStroke(new BasicStroke((float) v.at(1.6, 0.6)));
        int laces = v.count(5, 2);
        double laceX = v.at(44, 6);
        double laceY = v.at(40, 4);
        double laceDx = v.at(3.5, 1.4);
        double laceLength = v.at(6, 2.5);
        for (int i = 0; i < laces; i++) {
            g.draw(new Path2D.Double(new Line2D.Double(laceX + i * laceDx, laceY + i * 1.5,
                    laceX + laceLength + i * laceDx, laceY + laceLength + i * 1.8)));
        }
        return new Rectangle2D.Double(v.at(18, 3), v.at(46, 3), 34, 14);
    }

    private static Rectangle2D bag(Graphics2D g, Color body, Color accent, Design.Variation v) {
        g.setColor(body.darker());
        g.setStroke(new BasicStroke((float) v.at(4, 1.5)));
        double handleWidth = v.at(28, 10);
        g.draw(new Path2D.Double(new Arc2D.Double(v.at(50, 6) - handleWidth / 2, v.at(4, 2), handleWidth, v.at(24, 8),
                0, 180, Arc2D.OPEN)));
        double width = v.at(64, 10);
        double left = 50 - width / 2;
        double top = v.at(14, 3);
        double corner = v.at(20, 12);
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(left, top, width, 96 - top, corner, corner);
        fill(g, main, body, left + 2, left + width + 8);
        seam(g, main, accent, v);
        double pocketCorner = v.at(10, 7);
        RoundRectangle2D.Double pocket = new RoundRectangle2D.Double(left + v.at(8, 4), v.at(56, 6), v.at(48, 10),
                v.at(32, 6), pocketCorner, pocketCorner);
        g.setColor(accent);
        g.fill(pocket);
        seam(g, pocket, body.brighter(), v);
        g.setColor(new Color(40, 40, 40));
        float tooth = (float) v.at(1.2, 0.5);
        g.setStroke(new BasicStroke(tooth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {tooth, tooth}, 0f));
        double zipY = top + v.at(16, 4);
        g.draw(new Line2D.Double(left + v.at(6, 3), zipY, left + width - v.at(6, 3), zipY));
        g.fill(new Rectangle2D.Double(v.at(70, 14), zipY - 1, v.at(4, 1.5), v.at(7, 2.5)));
        return new Rectangle2D.Double(left + 10, zipY + v.at(6, 2), width - 20, 16);
    }

    private static Rectangle2D bottle(Graphics2D g, Color body, Color accent, Design.Variation v) {
        double capWidth = v.at(22, 6);
        double capX = 50 - capWidth / 2;
        double capHeight = v.at(13, 3);
        double capY = 3;
        g.setColor(accent.darker());
        g.fill(new RoundRectangle2D.Double(capX, capY, capWidth, capHeight, v.at(4, 3), v.at(4, 3)));
        g.setColor(new Color(30, 30, 30));
        double ridge = v.at(3, 1.2);
        for (double x = capX + 2; x < capX + capWidth - 1; x += ridge) {
            if (v.layout(4) != 0) {
                g.draw(new Line2D.Double(x, capY + 1, x, capY + capHeight - 1));
            }
        }
        g.setColor(body.darker());
        double neckWidth = v.at(14, 5);
        double neckHeight = v.at(9, 3);
        g.fill(new Rectangle2D.Double(50 - neckWidth / 2, capY + capHeight - 1, neckWidth, neckHeight));
        double width = v.at(42, 10);
        double x = 50 - width / 2;
        double y = capY + capHeight - 1 + neckHeight - 2;
        double height = 97 - y;
        double corner = v.at(16, 10);
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(x, y, width, height, corner, corner);
        fill(g, main, body, x, x + width);
        double labelY = v.at(44, 6);
        double labelHeight = v.at(30, 8);
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, labelY, width, labelHeight));
        g.setColor(new Color(255, 255, 255, 80));
        g.fill(new RoundRectangle2D.Double(x + v.at(5, 3), y + 4, v.at(5, 2), height - 9, 4, 4));
        return new Rectangle2D.Double(x + 2, labelY + 3, width - 4, labelHeight - 6);
    }

    private static Rectangle2D phone(Graphics2D g, Color body, Color accent, boolean back, Design.Variation v) {
        double width = v.at(52, 8);
        double x = 50 - width / 2;
        double y = 4;
        double height = v.at(92, 4);
        double corner = v.at(12, 8);
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(x, y, width, height, corner, corner);
        if (back) {
            fill(g, main, body, x, x + width);
            double moduleX = x + v.at(5, 4);
            double moduleY = y + v.at(5, 3);
            double moduleCorner = v.at(8, 6);
            g.setColor(new Color(25, 25, 25));
            g.fill(new RoundRectangle2D.Double(moduleX, moduleY, v.at(24, 8), v.at(28, 8), moduleCorner, moduleCorner));
            int lenses = v.count(3, 1);
            double lens = v.at(10, 3);
            double margin = v.at(2.5, 1);
            double pitchX = v.at(9.5, 3);
            double pitchY = v.at(11.5, 3);
            for (int i = 0; i < lenses; i++) {
                double lensY = moduleY + margin + (i / 2) * pitchY;
                double lensX = moduleX + margin + (i % 2) * pitchX;
                g.setColor(new Color(80, 80, 90));
                g.fill(new Ellipse2D.Double(lensX, lensY, lens, lens));
                g.setColor(accent);
                g.draw(new Ellipse2D.Double(lensX + 2, lensY + 2, lens - 4, lens - 4));
            }
            return new Rectangle2D.Double(x + 6, v.at(52, 6), width - 12, 18);
        }
        g.setColor(new Color(15, 15, 18));
        g.fill(main);
        Rectangle2D.Double screen = new Rectangle2D.Double(x + 3.5, y + 5, width - 7, height - 10);
        g.setPaint(new GradientPaint((float) (x + 3), (float) screen.y, body, (float) (x + width - 3),
                (float) (screen.y + screen.height), accent));
        g.fill(screen);
        g.setColor(new Color(255, 255, 255, 70));
        double glow = v.at(40, 12);
        g.fill(new Ellipse2D.Double(v.at(35, 8), v.at(50, 10), glow, glow));
        g.setColor(new Color(255, 255, 255, 170));
        double pitch = v.at(10, 1.5);
        double icon = v.at(7, 1.5);
        double iconCorner = v.at(2, 1.5);
        int columns = Math.min(v.count(4, 1), (int) ((screen.width - 4) / pitch));
        int rows = v.count(4, 1);
        double gridX = v.at(31, 3);
        double gridY = v.at(30, 6);
        // Gaps in the grid (as in the ridges, treads and grilles): a full regular grid maps onto any other grid
        // by a scaling, whatever the pitch.
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                if (v.layout(4) != 0) {
                    g.fill(new RoundRectangle2D.Double(gridX + col * pitch, gridY + row * pitch, icon, icon, iconCorner, iconCorner));
                }
            }
        }
        g.setColor(new Color(15, 15, 18));
        g.fill(new Ellipse2D.Double(v.at(48, 6), y + 7, 4, 4));
        return new Rectangle2D.Double(v.at(30, 3), y + 10, 40, 12);
    }

    private static Rectangle2D watch(Graphics2D g, Color body, Color accent, Design.Variation v) {
        double strapWidth = v.at(26, 8);
        double strapCorner = v.at(6, 5);
        double lowerStrap = v.at(32, 4);
        g.setColor(body.darker());
        g.fill(new RoundRectangle2D.Double(50 - strapWidth / 2, 0, strapWidth, v.at(32, 4), strapCorner, strapCorner));
        g.fill(new RoundRectangle2D.Double(50 - strapWidth / 2, 100 - lowerStrap, strapWidth, lowerStrap, strapCorner, strapCorner));
        g.setColor(new Color(20, 20, 20));
        double hole = v.at(3, 1);
        double holeStep = v.at(5, 1.5);
        for (double y = 100 - lowerStrap + v.at(8, 3); y < 98; y += holeStep) {
            if (v.layout(4) != 0) {
                g.fill(new Ellipse2D.Double(50 - hole / 2, y, hole, hole));
            }
        }
        double width = v.at(48, 8);
        double height = v.at(52, 8);
        double x = 50 - width / 2;
        double y = 50 - height / 2;
        double corner = v.at(16, 10);
        boolean round = v.layout(2) == 1;
        double inset = v.at(4, 1.5);
        double faceCorner = v.at(12, 8);
        Shape frame = round ? new Ellipse2D.Double(x, y, width, height)
                : new RoundRectangle2D.Double(x, y, width, height, corner, corner);
        fill(g, frame, new Color(60, 62, 66), x, x + width);
        g.setColor(new Color(10, 10, 14));
        g.fill(round ? new Ellipse2D.Double(x + inset, y + inset, width - 2 * inset, height - 2 * inset)
                : new RoundRectangle2D.Double(x + inset, y + inset, width - 2 * inset, height - 2 * inset, faceCorner, faceCorner));
        g.setColor(accent);
        g.setStroke(new BasicStroke((float) v.at(2, 1)));
        double ring = v.at(34, 6);
        g.draw(new Arc2D.Double(50 - ring / 2, v.at(31, 3), ring, ring, v.at(90, 90), -v.at(250, 60), Arc2D.OPEN));
        g.setColor(Color.WHITE);
        switch (v.layout(3)) {
            case 0 -> StrokeFont.drawCentred(g, v.time(), v.at(50, 3), v.at(46, 3), v.at(8, 2), 26);
            case 1 -> {
                // Hours over minutes: digits of one font must not sit in the same row as on other watches.
                String[] time = v.time().split(":");
                double digit = v.at(9, 2);
                StrokeFont.drawCentred(g, time[0], v.at(50, 4), v.at(40, 3), digit, 24);
                StrokeFont.drawCentred(g, time[1], v.at(50, 4), v.at(40, 3) + digit + 2, v.at(7, 2), 24);
            }
            default -> hands(g, v);
        }
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x + width, v.at(44, 6), 3, v.at(10, 4)));
        return new Rectangle2D.Double(34, y + height - v.at(20, 3), 32, 10);
    }

    /** An analogue face: hour ticks and two hands at the design's own time. */
    private static void hands(Graphics2D g, Design.Variation v) {
        g.setStroke(new BasicStroke((float) v.at(1.2, 0.4)));
        int ticks = 4 * v.count(2, 1);
        double radius = v.at(14, 3);
        for (int i = 0; i < ticks; i++) {
            double a = 2 * Math.PI * i / ticks;
            g.draw(new Line2D.Double(50 + Math.cos(a) * radius, 46 + Math.sin(a) * radius,
                    50 + Math.cos(a) * (radius - 3), 46 + Math.sin(a) * (radius - 3)));
        }
        g.setStroke(new BasicStroke((float) v.at(2, 0.6)));
        double hour = v.at(Math.PI, Math.PI);
        double minute = v.at(Math.PI, Math.PI);
        g.draw(new Line2D.Double(50, 46, 50 + Math.cos(hour) * radius * 0.5, 46 + Math.sin(hour) * radius * 0.5));
        g.draw(new Line2D.Double(50, 46, 50 + Math.cos(minute) * radius * 0.85, 46 + Math.sin(minute) * radius * 0.85));
    }

    private static Rectangle2D speaker(Graphics2D g, Color body, Color accent, Design.Variation v) {
        double width = v.at(88, 8);
        double x = 50 - width / 2;
        double y = v.at(28, 4);
        double height = v.at(46, 8);
        double corner = Math.min(height, v.at(44, 16));
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(x, y, width, height, corner, corner);
        fill(g, main, body, x, x + width);
        double cap = v.at(18, 6);
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(x - 2, y, cap, height));
        g.fill(new Ellipse2D.Double(x + width - cap + 2, y, cap, height));
        g.setColor(new Color(20, 20, 20, 160));
        double dot = v.at(2.2, 0.8);
        double pitchX = v.at(4, 1.2);
        double pitchY = v.at(4, 1.2);
        boolean staggered = v.layout(2) == 1;
        int row = 0;
        for (double dy = y + 6; dy < y + height - 4; dy += pitchY, row++) {
            double shift = staggered && row % 2 == 1 ? pitchX / 2 : 0;
            for (double dx = x + cap + shift; dx < x + width - cap + 1; dx += pitchX) {
                if (v.layout(5) != 0) {
                    g.fill(new Ellipse2D.Double(dx, dy, dot, dot));
                }
            }
        }
        g.setColor(new Color(230, 230, 230));
        int buttons = v.count(3, 1);
        double buttonX = v.at(40, 8);
        double buttonStep = v.at(8, 2);
        double button = v.at(5, 1.5);
        for (int i = 0; i < buttons; i++) {
            g.fill(new Ellipse2D.Double(buttonX + i * buttonStep, y - 5, button, button));
        }
        return new Rectangle2D.Double(30, y + v.at(14, 4), 40, 18);
    }

    private static Rectangle2D shirt(Graphics2D g, Color body, Color accent, Design.Variation v) {
        double neck = v.at(20, 4);
        double neckDepth = v.at(22, 6);
        double shoulder = v.at(8, 3);
        double sleeveX = v.at(44, 4);
        double sleeveY = v.at(24, 4);
        double cuffX = v.at(34, 4);
        double cuffY = v.at(40, 4);
        double half = v.at(24, 5);
        double armpit = v.at(34, 4);
        double hem = v.at(94, 3);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(50 - neck, shoulder);
        p.quadTo(50, neckDepth, 50 + neck, shoulder);
        p.lineTo(50 + sleeveX, sleeveY);
        p.lineTo(50 + cuffX, cuffY);
        p.lineTo(50 + half, armpit);
        p.lineTo(50 + half, hem);
        p.lineTo(50 - half, hem);
        p.lineTo(50 - half, armpit);
        p.lineTo(50 - cuffX, cuffY);
        p.lineTo(50 - sleeveX, sleeveY);
        p.closePath();
        fill(g, p, body, 50 - sleeveX, 50 + sleeveX);
        Shape clip = g.getClip();
        g.clip(p);
        g.setColor(accent);
        double stripe = v.at(3.5, 1.5);
        double stripeStep = v.at(8, 3);
        switch (v.layout(3)) {
            case 0 -> {
                for (double y = v.at(60, 10); y < hem; y += stripeStep) {
                    g.fill(new Rectangle2D.Double(0, y, 100, stripe));
                }
            }
            case 1 -> {
                for (double x = v.at(30, 6); x < 100; x += stripeStep * 1.5) {
                    g.fill(new Rectangle2D.Double(x, v.at(50, 10), stripe, 100));
                }
            }
            default -> g.fill(new RoundRectangle2D.Double(v.at(58, 6), v.at(44, 6), v.at(12, 3), v.at(14, 3), 3, 3));
        }
        g.setClip(clip);
        seam(g, p, accent, v);
        g.setColor(accent);
        g.setStroke(new BasicStroke((float) v.at(2.5, 1)));
        g.draw(new Path2D.Double(new QuadCurve2D.Double(50 - neck + 2, shoulder + 1, 50, neckDepth + 2, 50 + neck - 2, shoulder + 1)));
        return new Rectangle2D.Double(34, v.at(28, 4), 32, 16);
    }

    private static Rectangle2D jar(Graphics2D g, Color body, Color accent, Design.Variation v) {
        double lidWidth = v.at(50, 8);
        double lidX = 50 - lidWidth / 2;
        double lidY = v.at(10, 3);
        double lidHeight = v.at(15, 4);
        double lidCorner = v.at(5, 4);
        g.setColor(accent.darker());
        g.fill(new RoundRectangle2D.Double(lidX, lidY, lidWidth, lidHeight, lidCorner, lidCorner));
        g.setColor(new Color(0, 0, 0, 90));
        double ridge = v.at(3, 1.2);
        for (double x = lidX + 2; x < lidX + lidWidth - 1; x += ridge) {
            if (v.layout(4) != 0) {
                g.draw(new Line2D.Double(x, lidY + 1, x, lidY + lidHeight - 1));
            }
        }
        double width = v.at(58, 10);
        double x = 50 - width / 2;
        double y = lidY + lidHeight - 2;
        double corner = v.at(18, 10);
        RoundRectangle2D.Double main = new RoundRectangle2D.Double(x, y, width, 95 - y, corner, corner);
        fill(g, main, body, x, x + width);
        double labelY = v.at(44, 6);
        double labelHeight = v.at(30, 8);
        double stripe = v.at(4, 2);
        g.setColor(new Color(250, 248, 240));
        g.fill(new Rectangle2D.Double(x, labelY, width, labelHeight));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, labelY + labelHeight - stripe, width, stripe));
        return new Rectangle2D.Double(x + 4, labelY + 3, width - 8, labelHeight - 10);
    }

    private static void fill(Graphics2D g, Shape shape, Color colour, double x0, double x1) {
        g.setPaint(new GradientPaint((float) x0, 0, colour.brighter(), (float) x1, 0, colour.darker()));
        g.fill(shape);
    }

    private static void seam(Graphics2D g, Shape shape, Color colour, Design.Variation v) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {(float) v.at(2, 1), (float) v.at(1.5, 0.7)}, 0f));
        AffineTransform inset = AffineTransform.getScaleInstance(0.94, 0.94);
        Rectangle2D b = shape.getBounds2D();
        inset.preConcatenate(AffineTransform.getTranslateInstance(b.getCenterX() * 0.06, b.getCenterY() * 0.06));
        g.draw(inset.createTransformedShape(shape));
        g.setStroke(new BasicStroke(1f));
    }
}
