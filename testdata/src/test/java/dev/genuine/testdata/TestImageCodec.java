package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TestImageCodec {
    @Test
    void encodingIsDeterministicAndRoundTrips() {
        Brand brand = Brands.bySlug("korvax");
        BufferedImage logo = LogoPainter.paint(brand);
        assertArrayEquals(ImageCodec.png(logo), ImageCodec.png(LogoPainter.paint(brand)));
        BufferedImage decodedLogo = ImageCodec.decode(ImageCodec.png(logo));
        assertEquals(0, decodedLogo.getRGB(0, 0) >>> 24, "the logo background is transparent");
        byte[] jpeg = ImageCodec.jpeg(logo, 0.8f);
        assertArrayEquals(jpeg, ImageCodec.jpeg(logo, 0.8f));
        BufferedImage decoded = ImageCodec.decode(jpeg);
        assertEquals(LogoPainter.WIDTH, decoded.getWidth());
        assertTrue(new Color(decoded.getRGB(0, 0)).getRed() > 240, "transparency is flattened onto white");
    }

    @Test
    void rejectsBadInput() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> ImageCodec.jpeg(image, 0f));
        assertThrows(IllegalArgumentException.class, () -> ImageCodec.decode(new byte[] {1, 2, 3}));
    }
}
