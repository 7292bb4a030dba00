package dev.genuine.image.silhouette;

import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSilhouette {
    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    @Test
    void aShapeAgreesFullyWithItselfAndWithACopyDrawnAtAnotherSize() {
        Silhouette big = Silhouette.of(ring(200, 120, 14));
        Silhouette small = Silhouette.of(ring(100, 60, 7));
        assertEquals(1.0, big.agreement(big).score(), 1e-9);
        assertTrue(big.agreement(small).score() >= 0.95, "ring at half size: " + big.agreement(small));
        assertEquals(100.0 / 60, small.aspect(), 1e-9);
    }

    @Test
    void aFilledBoxDoesNotPassForABoxWithLettersCutOutOfIt() {
        Mat box = new Mat(120, 160, CvType.CV_8U, new Scalar(255));
        Mat lettered = box.clone();
        Imgproc.putText(lettered, "AB", new Point(20, 90), Imgproc.FONT_HERSHEY_SIMPLEX, 2.5, new Scalar(0), 12);
        Silhouette.Agreement a = Silhouette.of(box).agreement(Silhouette.of(lettered));
        // The ink alone cannot tell them apart; the blank (the letters) can.
        assertTrue(a.inkRecall() > 0.95, a.toString());
        assertTrue(a.score() < 0.5, a.toString());
    }

    @Test
    void aRingAndTheDiscItEnclosesDisagree() {
        Mat disc = Mat.zeros(120, 200, CvType.CV_8U);
        Imgproc.ellipse(disc, new Point(100, 60), new Size(99, 59), 0, 0, 360, new Scalar(255), -1);
        Silhouette.Agreement a = Silhouette.of(ring(200, 120, 14)).agreement(Silhouette.of(disc));
        assertTrue(a.score() < 0.6, a.toString());
    }

    /** An ellipse outline filling a w x h mask with a stroke of the given width. */
    private static Mat ring(int w, int h, int stroke) {
        Mat m = Mat.zeros(h, w, CvType.CV_8U);
        Imgproc.ellipse(m, new Point(w / 2.0 - 0.5, h / 2.0 - 0.5), new Size(w / 2.0 - stroke / 2.0 - 0.5, h / 2.0 - stroke / 2.0 - 0.5),
                0, 0, 360, new Scalar(255), stroke);
        return LogoSilhouettes.cropToInk(m);
    }
}
