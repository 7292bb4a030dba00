package dev.genuine.image.features;

import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestHomographyVerifier {
    private static final HomographyVerifier VERIFIER = new HomographyVerifier(MatchThresholds.DEFAULT);

    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    @Test
    void aLogoMovedAndHalvedIsFoundWhereItLanded() {
        Reference logo = reference(ImageMatchKind.LOGO, new Box(20, 30, 160, 80));
        Optional<Verification> v = VERIFIER.verify(pairs(0.5, 0.5, 100, 50, 40), logo, 400, 300);
        assertTrue(v.isPresent());
        assertEquals(40, v.get().inliers());
        assertEquals(new Box(110, 65, 80, 40), v.get().box());
    }

    @Test
    void aMirroredFitIsRefusedBecauseMirroredCopiesHaveTheirOwnReference() {
        Reference photo = reference(ImageMatchKind.PRODUCT_PHOTO, new Box(0, 0, 200, 200));
        assertTrue(VERIFIER.verify(pairs(-1, 1, 200, 0, 40), photo, 200, 200).isEmpty());
        assertTrue(VERIFIER.verify(pairs(1, 1, 0, 0, 40), photo, 200, 200).isPresent());
    }

    @Test
    void aSqueezedOutlineIsRefused() {
        Reference photo = reference(ImageMatchKind.PRODUCT_PHOTO, new Box(0, 0, 200, 200));
        assertTrue(VERIFIER.verify(pairs(1, 0.25, 0, 0, 40), photo, 200, 200).isEmpty());
    }

    @Test
    void randomPairsAreRefused() {
        Random r = new Random(3);
        float[] a = new float[80], b = new float[80];
        for (int i = 0; i < 80; i++) {
            a[i] = r.nextFloat() * 200;
            b[i] = r.nextFloat() * 200;
        }
        Reference photo = reference(ImageMatchKind.PRODUCT_PHOTO, new Box(0, 0, 200, 200));
        Optional<Verification> v = VERIFIER.verify(new Correspondences(0, b, a), photo, 200, 200);
        assertTrue(v.isEmpty() || v.get().inliers() < MatchThresholds.DEFAULT.photoInliers(), "" + v);
    }

    private static Reference reference(ImageMatchKind kind, Box outline) {
        return new Reference(kind, "rh-x", "X", "x-1", "0".repeat(64), Variant.ORIGINAL, 200, 200, outline);
    }

    /** Reference points on a grid and their images under x' = sx*x + dx, y' = sy*y + dy. */
    private static Correspondences pairs(double sx, double sy, double dx, double dy, int n) {
        float[] ref = new float[2 * n], listing = new float[2 * n];
        for (int i = 0; i < n; i++) {
            ref[2 * i] = 20 + (i % 8) * 20 + (i * 7 % 5);
            ref[2 * i + 1] = 30 + (i / 8) * 16 + (i * 3 % 4);
            listing[2 * i] = (float) (sx * ref[2 * i] + dx);
            listing[2 * i + 1] = (float) (sy * ref[2 * i + 1] + dy);
        }
        return new Correspondences(0, listing, ref);
    }
}
