package dev.genuine.testdata;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.Random;

/** Paints what is behind a product: a studio sweep, a busy pattern, wooden planks or a plain colour. */
final class Backdrops {
    private Backdrops() {
    }

    static void paint(Graphics2D g, Scene scene, int size) {
        Random random = new Random(scene.patternSeed());
        switch (scene.backdrop()) {
            case STUDIO -> {
                g.setPaint(new GradientPaint(0, 0, new Color(250, 250, 248), 0, size, new Color(214, 216, 222)));
                g.fillRect(0, 0, size, size);
            }
            case BUSY -> busy(g, size, random);
            case WOOD -> wood(g, size, random);
            case PLAIN -> {
                Color c = pastel(random);
                g.setPaint(new GradientPaint(0, 0, c, size, size, c.darker()));
                g.fillRect(0, 0, size, size);
            }
        }
        g.setColor(new Color(0, 0, 0, 50));
        double cx = size / 2.0 + scene.dx() * size;
        double w = size * scene.scale() * 0.8;
        g.fill(new Ellipse2D.Double(cx - w / 2, size / 2.0 + scene.dy() * size + size * scene.scale() * 0.42, w, size * 0.06));
    }

    private static void busy(Graphics2D g, int size, Random random) {
        g.setColor(pastel(random));
        g.fillRect(0, 0, size, size);
        int shapes = 14 + random.nextInt(12);
        for (int i = 0; i < shapes; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90 + random.nextInt(120)));
            int x = random.nextInt(size);
            int y = random.nextInt(size);
            int w = size / 12 + random.nextInt(size / 4);
            int h = size / 12 + random.nextInt(size / 4);
            switch (random.nextInt(3)) {
                case 0 -> g.fillRect(x - w / 2, y - h / 2, w, h);
                case 1 -> g.fillOval(x - w / 2, y - h / 2, w, h);
                default -> g.drawLine(x, y, x + w, y + h);
            }
        }
    }

    private static void wood(Graphics2D g, int size, Random random) {
        int plank = size / 5;
        for (int i = 0; i * plank < size; i++) {
            int tone = 120 + random.nextInt(50);
            g.setColor(new Color(tone, (int) (tone * 0.7), (int) (tone * 0.45)));
            g.fillRect(0, i * plank, size, plank);
            g.setColor(new Color(70, 45, 25, 90));
            for (int line = 0; line < 5; line++) {
                int y = i * plank + random.nextInt(Math.max(1, plank));
                g.drawLine(0, y, size, y + random.nextInt(7) - 3);
            }
            g.setColor(new Color(40, 25, 15));
            g.drawLine(0, i * plank, size, i * plank);
        }
    }

    private static Color pastel(Random random) {
        return new Color(150 + random.nextInt(100), 150 + random.nextInt(100), 150 + random.nextInt(100));
    }
}
