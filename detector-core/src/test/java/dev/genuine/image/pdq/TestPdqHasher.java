package dev.genuine.image.pdq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPdqHasher {
    private final PdqHasher hasher = new PdqHasher();

    /** A busy synthetic picture: random discs and bars on a gradient, nothing symmetric. */
    static Mat picture(int width, int height, long seed) {
        Mat m = new Mat(height, width, CvType.CV_8UC3);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            Imgproc.line(m, new Point(0, y), new Point(width - 1, y), new Scalar(255.0 * y / height, 80, 200 - 150.0 * y / height));
        }
        for (int i = 0; i < 25; i++) {
            Scalar colour = new Scalar(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Point centre = new Point(random.nextInt(width), random.nextInt(height));
            if (i % 2 == 0) Imgproc.circle(m, centre, 5 + random.nextInt(width / 5), colour, -1);
            else Imgproc.rectangle(m, centre, new Point(centre.x + random.nextInt(width / 3), centre.y + 10), colour, -1);
        }
        return m;
    }

    @Test
    void flippingOrRotatingThePixelsGivesTheMatchingDihedralHash() {
        Mat image = picture(320, 320, 1);
        Mat turned = new Mat();
        try {
            Map<Dihedral, PdqHash> variants = hasher.hashDihedral(image);
            Core.flip(image, turned, 0);
            assertClose(variants.get(Dihedral.FLIP_X), hasher.hash(turned), "upside down");
            Core.flip(image, turned, 1);
            assertClose(variants.get(Dihedral.FLIP_Y), hasher.hash(turned), "left-right mirror");
            Core.transpose(image, turned);
            assertClose(variants.get(Dihedral.FLIP_PLUS_1), hasher.hash(turned), "transposed");
            Core.rotate(image, turned, Core.ROTATE_180);
            assertClose(variants.get(Dihedral.ROTATE_180), hasher.hash(turned), "half turn");
            Core.rotate(image, turned, Core.ROTATE_90_COUNTERCLOCKWISE);
            assertClose(variants.get(Dihedral.ROTATE_90), hasher.hash(turned), "quarter turn anticlockwise");
            Core.rotate(image, turned, Core.ROTATE_90_CLOCKWISE);
            assertClose(variants.get(Dihedral.ROTATE_270), hasher.hash(turned), "quarter turn clockwise");
            assertEquals(hasher.hash(image), variants.get(Dihedral.ORIGINAL));
        } finally {
            image.release();
            turned.release();
        }
    }

    private static void assertClose(PdqHash expected, PdqHash actual, String what) {
        int distance = expected.distance(actual);
        assertTrue(distance <= 16, what + ": " + distance + " bits from the dihedral variant");
    }

    @Test
    void greyBgraAndBgrOfTheSamePictureAgree() {
        Mat bgr = picture(200, 150, 2);
        Mat grey = new Mat();
        Mat bgra = new Mat();
        try {
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            Imgproc.cvtColor(bgr, bgra, Imgproc.COLOR_BGR2BGRA);
            PdqHash colour = hasher.hash(bgr);
            assertEquals(colour, hasher.hash(bgra));
            assertTrue(colour.distance(hasher.hash(grey)) <= 4, "grey differs only by rounding");
        } finally {
            bgr.release();
            grey.release();
            bgra.release();
        }
    }

    @Test
    void aRegionOfALargerImageHashesLikeItsCopy() {
        Mat image = picture(400, 300, 6);
        Mat region = image.submat(20, 260, 30, 350);
        Mat copy = region.clone();
        try {
            assertEquals(hasher.hash(copy), hasher.hash(region));
        } finally {
            image.release();
            region.release();
            copy.release();
        }
    }

    @Test
    void largeImagesAreShrunkAndStillMatchTheirSmallCopy() {
        Mat large = picture(1600, 1200, 3);
        Mat small = new Mat();
        try {
            Imgproc.resize(large, small, new Size(400, 300), 0, 0, Imgproc.INTER_AREA);
            PdqHash big = hasher.hash(large);
            PdqHash copy = hasher.hash(small);
            assertTrue(big.distance(copy) <= 10, "distance " + big.distance(copy));
            assertTrue(Math.abs(big.quality() - copy.quality()) <= 5, big.quality() + " against " + copy.quality());
        } finally {
            large.release();
            small.release();
        }
    }

    @Test
    void aFlatImageHasLowQualityAndAReusedHasherGivesTheSameAnswers() {
        Mat flat = new Mat(100, 100, CvType.CV_8UC3, new Scalar(128, 128, 128));
        Mat busy = picture(300, 200, 4);
        try {
            PdqHash first = hasher.hash(busy);
            assertEquals(0, hasher.hash(flat).quality());
            assertEquals(first, hasher.hash(busy));
            assertEquals(first, new PdqHasher().hash(busy));
        } finally {
            flat.release();
            busy.release();
        }
    }

    @Test
    void aRecompressedJpegStaysWithinTheMatchRadius(@TempDir Path dir) throws IOException {
        Mat image = picture(320, 320, 5);
        try {
            Path jpeg = dir.resolve("copy.jpg");
            Imgcodecs.imwrite(jpeg.toString(), image, new org.opencv.core.MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 40));
            assertTrue(hasher.hash(image).matches(hasher.hash(jpeg)));
            assertEquals(hasher.hash(jpeg), hasher.hash(Files.readAllBytes(jpeg), "copy.jpg"));
        } finally {
            image.release();
        }
    }

    @Test
    void unreadableInputIsAnIoErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image");
        IOException e = assertThrows(IOException.class, () -> hasher.hash(text));
        assertTrue(e.getMessage().contains("notes.jpg"), e.getMessage());
        assertThrows(IOException.class, () -> hasher.hash(dir.resolve("missing.png")));
        Mat floats = new Mat(10, 10, CvType.CV_32FC1);
        try {
            assertThrows(IllegalArgumentException.class, () -> hasher.hash(floats));
        } finally {
            floats.release();
        }
    }
}
