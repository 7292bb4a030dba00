package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TestDesign {
    private static BufferedImage draw(ProductShape shape, long design) {
        Scene scene = new Scene(shape, new Design(design), new Color(40, 90, 160), new Color(230, 160, 30),
                Scene.Backdrop.STUDIO, 0.8, 0, 0, false, 1);
        return ProductPainter.paint(160, scene, null, null).image();
    }

    /** Share of pixels whose colour differs by more than a JPEG's noise. */
    private static double differing(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
                if (d > 40) count++;
            }
        }
        return (double) count / (a.getWidth() * a.getHeight());
    }

    @Test
    void oneDesignIsDrawnTheSameEveryTime() {
        for (ProductShape shape : ProductShape.values()) {
            assertEquals(0.0, differing(draw(shape, 11), draw(shape, 11)), shape.name());
        }
    }

    @Test
    void twoDesignsOfOneShapeHaveLineArtOfTheirOwn() {
        for (ProductShape shape : ProductShape.values()) {
            for (long other = 12; other < 17; other++) {
                double share = differing(draw(shape, 11), draw(shape, other));
                assertTrue(share > 0.04, shape + " designs 11 and " + other + " differ in only " + share);
            }
        }
    }

    @Test
    void measurementsMoveAwayFromTheTypicalValueWithinTheSpread() {
        Design.Variation v = new Design(3).variation();
        for (int i = 0; i < 1000; i++) {
            double d = Math.abs(v.at(50, 8) - 50);
            assertTrue(d >= 4 && d <= 8, "moved by " + d);
            int n = v.count(4, 1);
            assertTrue(n >= 3 && n <= 5, "count " + n);
        }
    }
}
