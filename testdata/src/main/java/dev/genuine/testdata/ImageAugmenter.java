package dev.genuine.testdata;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The edits a counterfeit seller makes to a copied photo (crop, mirror, rotation, colour shift, JPEG
 * recompression, text overlay, padding, watermark), one at a time or as a seeded random chain.
 *
 * <p>Used for the photo-reuse listings of the test data and reusable as training augmentation. Every
 * operation returns a new opaque RGB image and leaves its input untouched; the random chain keeps the
 * input's size.
 */
public final class ImageAugmenter {
    /** Crops up to 30% and rotations up to 8 degrees, as for embedding training. */
    public static final ImageAugmenter DEFAULT = new ImageAugmenter(0.30, 8.0);

    private static final String[] WATERMARKS = {"TOKO MURAH", "GROSIR", "READY STOK", "SALE", "BEST SELLER"};
    private static final String[] OVERLAYS = {"PROMO 50%", "DISKON", "COD", "GRATIS ONGKIR", "NEW"};

    private final double maxCrop;
    private final double maxRotation;

    /**
     * @param maxCrop            largest share of width and height a crop removes, in [0, 0.5)
     * @param maxRotationDegrees largest rotation either way, in [0, 45]
     */
    public ImageAugmenter(double maxCrop, double maxRotationDegrees) {
        if (!(maxCrop >= 0 && maxCrop < 0.5)) {
            throw new IllegalArgumentException("maxCrop must be in [0, 0.5), got " + maxCrop);
        }
        if (!(maxRotationDegrees >= 0 && maxRotationDegrees <= 45)) {
            throw new IllegalArgumentException("maxRotationDegrees must be in [0, 45], got " + maxRotationDegrees);
        }
        this.maxCrop = maxCrop;
        this.maxRotation = maxRotationDegrees;
    }

    /** One to three random edits followed by JPEG recompression, with the names of the edits made. */
    public Augmentation augment(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        List<String> ops = new ArrayList<>();
        BufferedImage out = ImageCodec.toRgb(image);
        int count = 1 + random.nextInt(3);
        boolean[] used = new boolean[7];
        for (int i = 0; i < count; i++) {
            int op = random.nextInt(used.length);
            if (used[op]) {
                continue;
            }
            used[op] = true;
            switch (op) {
                case 0 -> {
                    double low = Math.min(0.05, maxCrop);
                    double f = low + random.nextDouble() * (maxCrop - low);
                    out = resize(crop(out, f, random.nextDouble(), random.nextDouble()), width, height);
                    ops.add(String.format(Locale.ROOT, "crop%d%%", Math.round(f * 100)));
                }
                case 1 -> {
                    out = mirror(out);
                    ops.add("mirror");
                }
                case 2 -> {
                    double deg = (random.nextDouble() * 2 - 1) * maxRotation;
                    out = rotate(out, deg);
                    ops.add(String.format(Locale.ROOT, "rotate%.1f", deg));
                }
                case 3 -> {
                    double b = 0.8 + random.nextDouble() * 0.4;
                    double c = 0.8 + random.nextDouble() * 0.4;
                    double tint = 0.9 + random.nextDouble() * 0.2;
                    out = colourShift(out, b, c, tint);
                    ops.add(String.format(Locale.ROOT, "colour b%.2f c%.2f r%.2f", b, c, tint));
                }
                case 4 -> {
                    out = textOverlay(out, OVERLAYS[random.nextInt(OVERLAYS.length)], random.nextBoolean());
                    ops.add("text");
                }
                case 5 -> {
                    double f = 0.04 + random.nextDouble() * 0.10;
                    out = resize(pad(out, f, new Color(random.nextInt(0x1000000))), width, height);
                    ops.add(String.format(Locale.ROOT, "pad%d%%", Math.round(f * 100)));
                }
                default -> {
                    out = watermark(out, WATERMARKS[random.nextInt(WATERMARKS.length)], 0.25f + random.nextFloat() * 0.25f);
                    ops.add("watermark");
                }
            }
        }
        int quality = 55 + random.nextInt(31);
        out = recompress(out, quality / 100f);
        ops.add("jpeg" + quality);
        return new Augmentation(out, ops);
    }

    /** Removes {@code fraction} of the width and of the height; the anchors (0-1) place the kept window. */
    public static BufferedImage crop(BufferedImage image, double fraction, double anchorX, double anchorY) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * (1 - fraction)));
        int h = Math.max(1, (int) Math.round(image.getHeight() * (1 - fraction)));
        int x = (int) Math.round((image.getWidth() - w) * clamp(anchorX));
        int y = (int) Math.round((image.getHeight() - h) * clamp(anchorY));
        return copy(image.getSubimage(x, y, w, h));
    }

    /** Left-right mirror image. */
    public static BufferedImage mirror(BufferedImage image) {
        BufferedImage out = blank(image.getWidth(), image.getHeight());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Rotation about the centre, same size; the uncovered corners take the top-left pixel's colour. */
    public static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage out = blank(image.getWidth(), image.getHeight());
        Graphics2D g = smooth(out.createGraphics());
        try {
            g.setColor(new Color(image.getRGB(0, 0)));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Brightness and contrast factors around mid-grey, and a red-versus-blue tint factor. */
    public static BufferedImage colourShift(BufferedImage image, double brightness, double contrast, double tint) {
        BufferedImage out = blank(image.getWidth(), image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = shift((rgb >> 16) & 0xff, brightness * tint, contrast);
                int gr = shift((rgb >> 8) & 0xff, brightness, contrast);
                int b = shift(rgb & 0xff, brightness / tint, contrast);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    /** The image after a JPEG round trip at {@code quality} (0-1). */
    public static BufferedImage recompress(BufferedImage image, float quality) {
        return ImageCodec.toRgb(ImageCodec.decode(ImageCodec.jpeg(image, quality)));
    }

    /** A promotional banner with {@code text} across the top or the bottom. */
    public static BufferedImage textOverlay(BufferedImage image, String text, boolean top) {
        BufferedImage out = copy(image);
        Graphics2D g = smooth(out.createGraphics());
        try {
            int band = Math.max(8, out.getHeight() / 8);
            int y = top ? 0 : out.getHeight() - band;
            g.setColor(new Color(200, 20, 30));
            g.fillRect(0, y, out.getWidth(), band);
            g.setColor(Color.WHITE);
            StrokeFont.drawCentred(g, text, out.getWidth() / 2.0, y + band / 2.0, band * 0.6, out.getWidth() * 0.9);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A solid border {@code fraction} of the width thick on every side (the result is larger). */
    public static BufferedImage pad(BufferedImage image, double fraction, Color colour) {
        int p = Math.max(1, (int) Math.round(image.getWidth() * fraction));
        BufferedImage out = blank(image.getWidth() + 2 * p, image.getHeight() + 2 * p);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, p, p, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Semi-transparent {@code text} written diagonally across the middle. */
    public static BufferedImage watermark(BufferedImage image, String text, float alpha) {
        BufferedImage out = copy(image);
        Graphics2D g = smooth(out.createGraphics());
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            g.setColor(Color.WHITE);
            g.rotate(Math.toRadians(-30), out.getWidth() / 2.0, out.getHeight() / 2.0);
            StrokeFont.drawCentred(g, text, out.getWidth() / 2.0, out.getHeight() / 2.0, out.getHeight() / 9.0, out.getWidth() * 0.9);
            g.setColor(Color.DARK_GRAY);
            StrokeFont.drawCentred(g, text, out.getWidth() / 2.0 + 1, out.getHeight() / 2.0 + 1, out.getHeight() / 9.0, out.getWidth() * 0.9);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Bilinear resize to {@code width} x {@code height}. */
    public static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = blank(width, height);
        Graphics2D g = smooth(out.createGraphics());
        try {
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int shift(int value, double brightness, double contrast) {
        double v = ((value - 128) * contrast + 128) * brightness;
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = blank(image.getWidth(), image.getHeight());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage blank(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
