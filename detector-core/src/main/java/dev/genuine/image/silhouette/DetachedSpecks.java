package dev.genuine.image.silhouette;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.Optional;

/**
 * Small parts standing apart from a shape, such as the (R) or TM beside a logo or a speck of the backdrop beside a
 * printed copy. A shape is stretched over the canvas by its bounding box, so one such dot decides where the whole
 * shape lands, and it is the first thing lost when a logo is printed small or photographed: the shape without
 * them is compared too.
 */
final class DetachedSpecks {
    /** A part is a speck when it holds less than this share of the shape's ink. */
    static final double MAX_SHARE = 0.03;

    /** What is left of a shape without its detached specks: the mask, cropped to {@code box} of the input mask. */
    record Body(Mat mask, Rect box) {}

    private DetachedSpecks() {}

    /**
     * The mask (CV_8U, ink non-zero) without the specks that lie outside the bounding box of the rest, cropped to
     * what is left (the caller releases it); empty when there is no such speck, or nothing but specks.
     */
    static Optional<Body> trimmed(Mat mask) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        try {
            int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
            if (n <= 2) return Optional.empty();
            int total = 0;
            for (int i = 1; i < n; i++) total += (int) stats.get(i, Imgproc.CC_STAT_AREA)[0];
            boolean[] speck = new boolean[n];
            Rect body = null;
            for (int i = 1; i < n; i++) {
                speck[i] = stats.get(i, Imgproc.CC_STAT_AREA)[0] < MAX_SHARE * total;
                if (!speck[i]) body = union(body, box(stats, i));
            }
            if (body == null) return Optional.empty();
            boolean widens = false;
            for (int i = 1; i < n; i++) widens |= speck[i] && !inside(box(stats, i), body);
            if (!widens) return Optional.empty();
            // Specks inside the body's box stay (the dot of an i): only those that widen the box are dropped.
            Mat out = mask.submat(body).clone();
            Mat bodyLabels = labels.submat(body);
            Mat drop = new Mat();
            try {
                for (int i = 1; i < n; i++) {
                    if (speck[i] && !inside(box(stats, i), body)) {
                        Core.compare(bodyLabels, new Scalar(i), drop, Core.CMP_EQ);
                        out.setTo(new Scalar(0), drop);
                    }
                }
            } finally {
                bodyLabels.release();
                drop.release();
            }
            return Optional.of(new Body(out, body));
        } finally {
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    private static Rect box(Mat stats, int component) {
        return new Rect((int) stats.get(component, Imgproc.CC_STAT_LEFT)[0], (int) stats.get(component, Imgproc.CC_STAT_TOP)[0],
                (int) stats.get(component, Imgproc.CC_STAT_WIDTH)[0], (int) stats.get(component, Imgproc.CC_STAT_HEIGHT)[0]);
    }

    private static Rect union(Rect a, Rect b) {
        if (a == null) return b;
        int x0 = Math.min(a.x, b.x), y0 = Math.min(a.y, b.y);
        return new Rect(x0, y0, Math.max(a.x + a.width, b.x + b.width) - x0, Math.max(a.y + a.height, b.y + b.height) - y0);
    }

    private static boolean inside(Rect part, Rect box) {
        return part.x >= box.x && part.y >= box.y && part.x + part.width <= box.x + box.width
                && part.y + part.height <= box.y + box.height;
    }
}
