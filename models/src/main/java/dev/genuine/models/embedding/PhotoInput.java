package dev.genuine.models.embedding;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Turns a photo into the network's input: a {@value #SIZE}-pixel square of luminance, standardized per
 * image (zero mean, unit variance) so brightness and contrast edits change nothing the network sees.
 */
public final class PhotoInput {
    /** Side of the network's input, in pixels. */
    public static final int SIZE = 48;
    /** Input channels: luminance only (colour shifts are an edit to be robust to, and grey trains 5x faster). */
    public static final int CHANNELS = 1;
    /** Floats one photo takes in a batch. */
    public static final int LENGTH = SIZE * SIZE * CHANNELS;

    private PhotoInput() {}

    /** Writes {@code img}'s input values into {@code dest} from {@code offset}. */
    public static void fill(BufferedImage img, float[] dest, int offset) {
        BufferedImage small = shrink(img);
        int[] rgb = small.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            float luma = 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
            dest[offset + i] = luma;
            sum += luma;
            squares += (double) luma * luma;
        }
        double mean = sum / rgb.length;
        double std = Math.sqrt(Math.max(0, squares / rgb.length - mean * mean));
        // A flat image has no contrast to standardize; a floor keeps it finite instead of blowing up noise.
        float scale = (float) (1 / Math.max(std, 4.0));
        for (int i = 0; i < rgb.length; i++) {
            dest[offset + i] = (float) ((dest[offset + i] - mean) * scale);
        }
    }

    /** Halves with bilinear filtering until close to the target, so large photos are averaged, not aliased. */
    private static BufferedImage shrink(BufferedImage img) {
        BufferedImage current = img;
        while (current.getWidth() >= 4 * SIZE && current.getHeight() >= 4 * SIZE) {
            current = scale(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return scale(current, SIZE, SIZE);
    }

    private static BufferedImage scale(BufferedImage img, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
