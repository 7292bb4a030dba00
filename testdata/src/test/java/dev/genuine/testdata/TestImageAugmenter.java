package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TestImageAugmenter {
    private static final Pattern OP = Pattern.compile(
            "crop\\d+%|mirror|rotate-?\\d+\\.\\d|colour b[\\d.]+ c[\\d.]+ r[\\d.]+|text|pad\\d+%|watermark|jpeg\\d+");

    private static BufferedImage sample() {
        Scene scene = new Scene(ProductShape.SHOE, new Design(7), new Color(30, 60, 150), new Color(240, 180, 0), Scene.Backdrop.STUDIO,
                0.8, 0, 0, false, 1);
        return ProductPainter.paint(160, scene, null, "TEST").image();
    }

    @Test
    void randomChainKeepsTheSizeNamesItsEditsAndEndsWithRecompression() {
        BufferedImage image = sample();
        Random random = new Random(1);
        for (int i = 0; i < 40; i++) {
            Augmentation a = ImageAugmenter.DEFAULT.augment(image, random);
            assertEquals(160, a.image().getWidth());
            assertEquals(160, a.image().getHeight());
            assertTrue(a.ops().get(a.ops().size() - 1).startsWith("jpeg"), a.ops().toString());
            a.ops().forEach(op -> assertTrue(OP.matcher(op).matches(), op));
        }
    }

    @Test
    void sameSeedSamePixels() {
        BufferedImage image = sample();
        Augmentation a = ImageAugmenter.DEFAULT.augment(image, new Random(42));
        Augmentation b = ImageAugmenter.DEFAULT.augment(image, new Random(42));
        assertEquals(a.ops(), b.ops());
        assertArrayEquals(pixels(a.image()), pixels(b.image()));
    }

    @Test
    void cropsNeverExceedTheLimit() {
        ImageAugmenter limited = new ImageAugmenter(0.2, 6);
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            for (String op : limited.augment(sample(), random).ops()) {
                if (op.startsWith("crop")) {
                    assertTrue(Integer.parseInt(op.substring(4, op.length() - 1)) <= 20, op);
                }
            }
        }
    }

    @Test
    void noCropAllowedMeansNoCrop() {
        ImageAugmenter none = new ImageAugmenter(0, 0);
        Random random = new Random(8);
        for (int i = 0; i < 50; i++) {
            none.augment(sample(), random).ops().forEach(op -> assertTrue(!op.startsWith("crop") || op.equals("crop0%"), op));
        }
    }

    @Test
    void singleOperations() {
        BufferedImage image = sample();
        assertArrayEquals(pixels(ImageCodec.toRgb(image)), pixels(ImageAugmenter.mirror(ImageAugmenter.mirror(image))));
        assertEquals(image.getRGB(0, 80), ImageAugmenter.mirror(image).getRGB(159, 80));
        BufferedImage cropped = ImageAugmenter.crop(image, 0.25, 0, 0);
        assertEquals(120, cropped.getWidth());
        assertEquals(image.getRGB(10, 10), cropped.getRGB(10, 10));
        assertEquals(160 + 2 * 16, ImageAugmenter.pad(image, 0.1, Color.RED).getWidth());
        assertEquals(Color.RED.getRGB(), ImageAugmenter.pad(image, 0.1, Color.RED).getRGB(2, 2));
        assertArrayEquals(pixels(ImageCodec.toRgb(image)), pixels(ImageAugmenter.colourShift(image, 1, 1, 1)));
        assertNotEquals(image.getRGB(80, 80), ImageAugmenter.colourShift(image, 1.3, 1, 1).getRGB(80, 80));
        assertTrue(differs(image, ImageAugmenter.watermark(image, "SALE", 0.5f)));
        assertTrue(differs(image, ImageAugmenter.textOverlay(image, "PROMO", true)));
        assertTrue(differs(image, ImageAugmenter.rotate(image, 5)));
        assertEquals(64, ImageAugmenter.resize(image, 64, 48).getWidth());
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new ImageAugmenter(0.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new ImageAugmenter(0.1, 60));
    }

    private static boolean differs(BufferedImage a, BufferedImage b) {
        return !Arrays.equals(pixels(ImageCodec.toRgb(a)), pixels(b));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
