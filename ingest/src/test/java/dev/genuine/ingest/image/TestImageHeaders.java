package dev.genuine.ingest.image;

import dev.genuine.ingest.TestImages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestImageHeaders {
    private static final ImageLimits LIMITS = ImageLimits.DEFAULT;

    private static ImageHeader ok(byte[] b) throws InvalidImageException {
        return ImageHeaders.check(b, LIMITS);
    }

    private static String refused(byte[] b) {
        return assertThrows(InvalidImageException.class, () -> ImageHeaders.check(b, LIMITS)).getMessage();
    }

    @Test
    void readsTheSizeOfRealImages() throws Exception {
        assertEquals(new ImageHeader(ImageFormat.PNG, 37, 21), ok(TestImages.png(37, 21)));
        assertEquals(new ImageHeader(ImageFormat.JPEG, 64, 48), ok(TestImages.jpeg(64, 48)));
        assertEquals(new ImageHeader(ImageFormat.GIF, 30, 10), ok(TestImages.encode("gif", 30, 10, 0x00FF00)));
        assertEquals(new ImageHeader(ImageFormat.BMP, 12, 7), ok(TestImages.encode("bmp", 12, 7, 0xFF0000)));
    }

    @Test
    void readsTheSizeOfEveryWebpKind() throws Exception {
        assertEquals(new ImageHeader(ImageFormat.WEBP, 640, 480), ok(TestImages.webp("VP8X", 640, 480)));
        assertEquals(new ImageHeader(ImageFormat.WEBP, 300, 200), ok(TestImages.webp("VP8L", 300, 200)));
        assertEquals(new ImageHeader(ImageFormat.WEBP, 320, 240), ok(TestImages.webp("VP8 ", 320, 240)));
    }

    @Test
    void refusesADecompressionBombByItsHeader() {
        String why = refused(TestImages.pngHeaderOnly(50_000, 50_000));
        assertTrue(why.contains("50000x50000") && why.contains("before decoding"), why);
        assertTrue(refused(TestImages.pngHeaderOnly(8_000, 8_000)).contains("8000x8000"), "64 megapixels is over 40");
        assertTrue(refused(TestImages.webp("VP8X", 16_000_000, 16_000_000)).contains("over the limit"));
        assertTrue(refused(TestImages.pngHeaderOnly(30_000, 10)).contains("30000x10"), "longest side over 20,000");
    }

    @Test
    void acceptsALargeButReasonableHeader() throws Exception {
        assertEquals(6_000 * 6_000, ok(TestImages.pngHeaderOnly(6_000, 6_000)).pixels());
    }

    @Test
    void refusesAnEmptyDeclaredSize() {
        assertTrue(refused(TestImages.pngHeaderOnly(0, 10)).contains("empty size 0x10"));
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] jpeg = TestImages.jpeg(64, 48);
        String why = refused(Arrays.copyOf(jpeg, jpeg.length - 40));
        assertTrue(why.contains("truncated JPEG"), why);
        assertTrue(refused(Arrays.copyOf(jpeg, 10)).contains("truncated JPEG"));
    }

    @Test
    void acceptsAJpegPaddedWithZerosAfterItsEnd() throws Exception {
        byte[] jpeg = TestImages.jpeg(16, 16);
        assertEquals(16, ok(Arrays.copyOf(jpeg, jpeg.length + 64)).width());
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = TestImages.png(64, 48);
        assertTrue(refused(Arrays.copyOf(png, png.length - 12)).contains("truncated PNG"));
        assertTrue(refused(Arrays.copyOf(png, 20)).contains("truncated PNG"));
    }

    @Test
    void refusesTruncatedRiffGifAndBmpFiles() {
        byte[] gif = TestImages.encode("gif", 30, 10, 0x00FF00);
        assertTrue(refused(Arrays.copyOf(gif, gif.length - 5)).contains("truncated GIF"));
        byte[] webp = TestImages.webp("VP8X", 10, 10);
        assertTrue(refused(Arrays.copyOf(webp, webp.length - 3)).contains("truncated WebP"));
        byte[] bmp = TestImages.encode("bmp", 12, 7, 0xFF0000);
        assertTrue(refused(Arrays.copyOf(bmp, bmp.length - 10)).contains("truncated BMP"));
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertTrue(refused("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)).startsWith("not an image"));
        assertEquals("empty file", refused(new byte[0]));
        assertTrue(refused(new byte[] {(byte) 0xFF, (byte) 0xD8}).startsWith("not an image"), "too short for the JPEG magic");
    }
}
