package dev.genuine.image.silhouette;

import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDetachedSpecks {
    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    @Test
    void aSmallMarkBesideTheShapeIsDroppedAndTheBoxShrinksToTheRest() {
        Mat mask = bars();
        Imgproc.circle(mask, new Point(236, 76), 4, new Scalar(255), -1);
        DetachedSpecks.Body body = DetachedSpecks.trimmed(mask).orElseThrow();
        try {
            assertEquals(new Rect(10, 10, 190, 70), body.box());
            assertEquals(Core.countNonZero(bars()), Core.countNonZero(body.mask()), "only the mark's pixels are gone");
        } finally {
            body.mask().release();
        }
    }

    @Test
    void aSmallPartInsideTheShapesBoxStaysLikeTheDotOfAnI() {
        Mat mask = bars();
        Imgproc.circle(mask, new Point(75, 20), 4, new Scalar(255), -1);
        assertTrue(DetachedSpecks.trimmed(mask).isEmpty());
    }

    @Test
    void aShapeOfLargePartsOrOfOnePartIsLeftAlone() {
        assertTrue(DetachedSpecks.trimmed(bars()).isEmpty());
        Mat disc = Mat.zeros(100, 100, CvType.CV_8U);
        Imgproc.ellipse(disc, new Point(50, 50), new Size(40, 40), 0, 0, 360, new Scalar(255), -1);
        assertTrue(DetachedSpecks.trimmed(disc).isEmpty());
    }

    /** Three bars standing for the letters of a word mark, in a 250 x 90 mask. */
    private static Mat bars() {
        Mat m = Mat.zeros(90, 250, CvType.CV_8U);
        Imgproc.rectangle(m, new Point(10, 10), new Point(49, 79), new Scalar(255), -1);
        Imgproc.rectangle(m, new Point(60, 30), new Point(99, 79), new Scalar(255), -1);
        Imgproc.rectangle(m, new Point(110, 10), new Point(199, 79), new Scalar(255), -1);
        return m;
    }
}
