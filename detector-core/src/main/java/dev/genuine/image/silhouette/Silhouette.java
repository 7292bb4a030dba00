package dev.genuine.image.silhouette;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A shape's ink stretched over a {@value #SIDE}x{@value #SIDE} canvas (its bounding box fills the canvas), with
 * the ink and the blank each widened by one canvas pixel so that two prints of one shape still agree when a
 * stroke sits a pixel off. Immutable.
 *
 * <p>Stretching the box over the canvas takes out position and scale; the aspect ratio it also takes out is
 * kept in {@link #aspect()} and compared separately.
 */
public final class Silhouette {
    static final int SIDE = 64;
    private static final int WORDS = SIDE * SIDE / Long.SIZE;

    private final long[] ink;
    private final long[] inkNear;
    private final long[] blank;
    private final long[] blankNear;
    private final double aspect;
    // Counted once: every shape of a photo is compared with every turned logo.
    private final int inkCount;
    private final int blankCount;

    private Silhouette(long[] ink, long[] inkNear, long[] blank, long[] blankNear, double aspect) {
        this.ink = ink;
        this.inkNear = inkNear;
        this.blank = blank;
        this.blankNear = blankNear;
        this.aspect = aspect;
        this.inkCount = count(ink);
        this.blankCount = count(blank);
    }

    /** The silhouette of a mask (CV_8U, ink non-zero) cropped to its ink's bounding box. */
    static Silhouette of(Mat croppedMask) {
        Mat canvas = new Mat();
        Mat grown = new Mat();
        Mat shrunk = new Mat();
        Mat kernel = Mat.ones(3, 3, CvType.CV_8U);
        try {
            Imgproc.resize(croppedMask, canvas, new Size(SIDE, SIDE), 0, 0, Imgproc.INTER_AREA);
            Imgproc.threshold(canvas, canvas, 127, 255, Imgproc.THRESH_BINARY);
            Imgproc.dilate(canvas, grown, kernel);
            Imgproc.erode(canvas, shrunk, kernel, new Point(-1, -1), 1, Core.BORDER_CONSTANT, new Scalar(0));
            long[] ink = bits(canvas, false);
            long[] inkNear = bits(grown, false);
            // The blank widened is the complement of the ink narrowed.
            long[] blankNear = bits(shrunk, true);
            long[] blank = bits(canvas, true);
            return new Silhouette(ink, inkNear, blank, blankNear, (double) croppedMask.cols() / croppedMask.rows());
        } finally {
            canvas.release();
            grown.release();
            shrunk.release();
            kernel.release();
        }
    }

    /** Width over height of the shape's bounding box before it was stretched. */
    double aspect() {
        return aspect;
    }

    /**
     * How well two silhouettes agree, in [0, 1]: the least of four shares, each of one side's pixels that lie
     * within a pixel of the same kind on the other side: its ink near the other's ink, both ways, and its blank
     * near the other's blank, both ways. The blank terms are what tell a filled box from a box with letters cut
     * out of it, which the ink terms alone would call equal.
     */
    Agreement agreement(Silhouette other) {
        double inkPrecision = share(ink, inkCount, other.inkNear);
        double inkRecall = share(other.ink, other.inkCount, inkNear);
        double blankPrecision = share(blank, blankCount, other.blankNear);
        double blankRecall = share(other.blank, other.blankCount, blankNear);
        return new Agreement(inkPrecision, inkRecall, blankPrecision, blankRecall);
    }

    /** The four shares {@link #agreement} takes the least of. */
    record Agreement(double inkPrecision, double inkRecall, double blankPrecision, double blankRecall) {
        double score() {
            return Math.min(Math.min(inkPrecision, inkRecall), Math.min(blankPrecision, blankRecall));
        }
    }

    private static double share(long[] of, int total, long[] within) {
        if (total == 0) return count(within) == 0 ? 1 : 0;
        int inside = 0;
        for (int i = 0; i < WORDS; i++) inside += Long.bitCount(of[i] & within[i]);
        return (double) inside / total;
    }

    private static int count(long[] bits) {
        int n = 0;
        for (long word : bits) n += Long.bitCount(word);
        return n;
    }

    private static long[] bits(Mat binary, boolean complement) {
        byte[] pixels = new byte[SIDE * SIDE];
        binary.get(0, 0, pixels);
        long[] out = new long[WORDS];
        for (int i = 0; i < pixels.length; i++) {
            if ((pixels[i] != 0) != complement) out[i >>> 6] |= 1L << (i & 63);
        }
        return out;
    }
}
