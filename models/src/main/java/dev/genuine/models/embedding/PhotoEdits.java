package dev.genuine.models.embedding;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/** The edits a re-seller makes to an official photo, each a pure function of the image and a random source. */
public final class PhotoEdits {
    private static final String[] OVERLAY_WORDS = {"PROMO", "READY STOCK", "SALE", "ORI", "NEW", "COD",
            "GRATIS ONGKIR", "BEST SELLER", "DISKON 50%", "TERMURAH", "LIMITED", "HOT ITEM"};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private PhotoEdits() {}

    /** Cuts away {@code fraction} of the width and of the height, at a random offset. */
    public static BufferedImage crop(BufferedImage img, double fraction, SplittableRandom rnd) {
        int w = Math.max(1, (int) Math.round(img.getWidth() * (1 - fraction)));
        int h = Math.max(1, (int) Math.round(img.getHeight() * (1 - fraction)));
        int x = rnd.nextInt(img.getWidth() - w + 1);
        int y = rnd.nextInt(img.getHeight() - h + 1);
        return copy(img.getSubimage(x, y, w, h));
    }

    public static BufferedImage mirror(BufferedImage img) {
        BufferedImage out = blank(img.getWidth(), img.getHeight());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, img.getWidth(), 0, -img.getWidth(), img.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Rotates about the centre, keeping the size; the uncovered corners become white, as most editors do. */
    public static BufferedImage rotate(BufferedImage img, double degrees) {
        BufferedImage out = filled(img.getWidth(), img.getHeight(), Color.WHITE);
        Graphics2D g = smooth(out);
        try {
            g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0));
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Brightness, contrast and per-channel gain changed by up to {@code strength} (0.3 = ±30%). */
    public static BufferedImage colourShift(BufferedImage img, double strength, SplittableRandom rnd) {
        double brightness = 1 + (rnd.nextDouble() * 2 - 1) * strength;
        double contrast = 1 + (rnd.nextDouble() * 2 - 1) * strength;
        double[] gain = new double[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = 1 + (rnd.nextDouble() * 2 - 1) * strength / 2;
        }
        BufferedImage out = blank(img.getWidth(), img.getHeight());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int v = 0;
                for (int c = 0; c < 3; c++) {
                    double ch = (rgb >> (16 - 8 * c)) & 0xFF;
                    ch = ((ch - 128) * contrast + 128) * brightness * gain[c];
                    v |= (int) Math.max(0, Math.min(255, ch)) << (16 - 8 * c);
                }
                out.setRGB(x, y, v);
            }
        }
        return out;
    }

    /** Encodes as JPEG at {@code quality} (1-100) and decodes again. */
    public static BufferedImage jpeg(BufferedImage img, int quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(rgb(img), null, null), param);
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip failed", e);
        } finally {
            writer.dispose();
        }
    }

    /** A seller's caption: a sales word on an opaque or clear band, somewhere over the photo. */
    public static BufferedImage textOverlay(BufferedImage img, SplittableRandom rnd) {
        BufferedImage out = copy(img);
        Graphics2D g = smooth(out);
        try {
            int size = Math.max(8, (int) (img.getHeight() * (0.08 + rnd.nextDouble() * 0.08)));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            String text = OVERLAY_WORDS[rnd.nextInt(OVERLAY_WORDS.length)];
            int textWidth = g.getFontMetrics().stringWidth(text);
            int x = rnd.nextInt(Math.max(1, img.getWidth() - textWidth));
            int y = size + rnd.nextInt(Math.max(1, img.getHeight() - size - 2));
            if (rnd.nextBoolean()) {
                g.setColor(randomColour(rnd));
                g.fillRect(x - 3, y - size, textWidth + 6, size + size / 4);
            }
            g.setColor(randomColour(rnd));
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Pads with a plain border of {@code fraction} of the width and height on every side. */
    public static BufferedImage border(BufferedImage img, double fraction, SplittableRandom rnd) {
        int dx = (int) Math.round(img.getWidth() * fraction);
        int dy = (int) Math.round(img.getHeight() * fraction);
        Color colour = rnd.nextBoolean() ? Color.WHITE : randomColour(rnd);
        BufferedImage out = filled(img.getWidth() + 2 * dx, img.getHeight() + 2 * dy, colour);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, dx, dy, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A translucent shop name across the photo, diagonal or tiled, as marketplace sellers stamp it. */
    public static BufferedImage watermark(BufferedImage img, SplittableRandom rnd) {
        BufferedImage out = copy(img);
        Graphics2D g = smooth(out);
        try {
            StringBuilder shop = new StringBuilder("@");
            for (int i = 0, n = 5 + rnd.nextInt(6); i < n; i++) {
                shop.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.3f + (float) rnd.nextDouble() * 0.3f));
            g.setColor(rnd.nextBoolean() ? Color.WHITE : Color.GRAY);
            int size = Math.max(8, (int) (img.getHeight() * (0.07 + rnd.nextDouble() * 0.06)));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            g.rotate(Math.toRadians(-20 - rnd.nextInt(25)), img.getWidth() / 2.0, img.getHeight() / 2.0);
            int rows = rnd.nextBoolean() ? 1 : 3;
            for (int r = 0; r < rows; r++) {
                int y = rows == 1 ? img.getHeight() / 2 : (r + 1) * img.getHeight() / (rows + 1);
                g.drawString(shop.toString(), img.getWidth() / 8, y);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Scales so the longer side is {@code side} pixels, as a marketplace's upload pipeline does. */
    public static BufferedImage resize(BufferedImage img, int side) {
        double scale = (double) side / Math.max(img.getWidth(), img.getHeight());
        int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
        BufferedImage out = blank(w, h);
        Graphics2D g = smooth(out);
        try {
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage rgb(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_INT_RGB ? img : copy(img);
    }

    private static BufferedImage copy(BufferedImage img) {
        BufferedImage out = blank(img.getWidth(), img.getHeight());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage blank(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage filled(int w, int h, Color colour) {
        BufferedImage out = blank(w, h);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, w, h);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Graphics2D smooth(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Color randomColour(SplittableRandom rnd) {
        return Color.getHSBColor((float) rnd.nextDouble(), (float) rnd.nextDouble(), (float) rnd.nextDouble());
    }
}
