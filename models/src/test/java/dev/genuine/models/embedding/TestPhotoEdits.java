package dev.genuine.models.embedding;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TestPhotoEdits {
    private final BufferedImage photo = new SourcePhotoGenerator().generate(42);

    @Test
    void generatorIsDeterministicAndSeedsDiffer() {
        SourcePhotoGenerator generator = new SourcePhotoGenerator();
        assertArrayEquals(pixels(generator.generate(7)), pixels(generator.generate(7)));
        assertNotEquals(java.util.Arrays.hashCode(pixels(generator.generate(7))), java.util.Arrays.hashCode(pixels(generator.generate(8))));
    }

    @Test
    void cropKeepsSeventyPercentOfEachSide() {
        BufferedImage cropped = PhotoEdits.crop(photo, 0.30, new SplittableRandom(1));
        assertEquals(Math.round(photo.getWidth() * 0.7), cropped.getWidth());
        assertEquals(Math.round(photo.getHeight() * 0.7), cropped.getHeight());
    }

    @Test
    void borderPadsEverySide() {
        BufferedImage bordered = PhotoEdits.border(photo, 0.15, new SplittableRandom(1));
        assertEquals(photo.getWidth() + 2 * Math.round(photo.getWidth() * 0.15), bordered.getWidth());
        int dx = (int) Math.round(photo.getWidth() * 0.15);
        int dy = (int) Math.round(photo.getHeight() * 0.15);
        assertEquals(photo.getRGB(0, 0), bordered.getRGB(dx, dy));
    }

    @Test
    void mirroringTwiceGivesTheOriginal() {
        assertArrayEquals(pixels(photo), pixels(PhotoEdits.mirror(PhotoEdits.mirror(photo))));
    }

    @Test
    void editsKeepTheSizeWhereTheyShould() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (BufferedImage edited : new BufferedImage[]{PhotoEdits.rotate(photo, 5), PhotoEdits.jpeg(photo, 30),
                PhotoEdits.colourShift(photo, 0.25, rnd), PhotoEdits.textOverlay(photo, rnd), PhotoEdits.watermark(photo, rnd)}) {
            assertEquals(photo.getWidth(), edited.getWidth());
            assertEquals(photo.getHeight(), edited.getHeight());
        }
    }

    @Test
    void inputIsStandardizedSoBrightnessDoesNotMatter() {
        float[] input = new float[PhotoInput.LENGTH];
        PhotoInput.fill(photo, input, 0);
        double mean = 0;
        for (float v : input) mean += v;
        assertEquals(0, mean / input.length, 1e-3);
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
