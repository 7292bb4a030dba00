package dev.genuine.image.features;

import dev.genuine.image.ImageMatchKind;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;

import java.util.Optional;

/**
 * Fits a RANSAC homography from a reference to a listing image and accepts it only when the reference's
 * outline lands as a plausible picture of a flat thing: convex, the same way round, not too skewed, and
 * of a sane size for its kind. Stateless and thread-safe.
 */
public final class HomographyVerifier {
    /** Smallest corner angle of the projected outline; flatter corners mean a degenerate fit. */
    private static final double MIN_CORNER_DEGREES = 35;
    /** A photo's outline may spill this far past the listing image (crops up to 20%, rotation, borders). */
    private static final double MAX_PHOTO_AREA = 3.0;

    private final MatchThresholds thresholds;

    public HomographyVerifier(MatchThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Optional<Verification> verify(Correspondences pairs, Reference reference, int width, int height) {
        boolean logo = reference.kind() == ImageMatchKind.LOGO;
        if (pairs.votes() < (logo ? 2 : 4)) return Optional.empty(); // the fewest pairs each model is fitted from
        MatOfPoint2f src = points(pairs.registry());
        MatOfPoint2f dst = points(pairs.listing());
        Mat mask = new Mat();
        Mat h = null;
        try {
            h = logo ? similarity(src, dst, mask)
                    : Calib3d.findHomography(src, dst, Calib3d.RANSAC, thresholds.reprojection(), mask, 2000, 0.995);
            if (h.empty()) return Optional.empty();
            int inliers = Core.countNonZero(mask);
            double ratio = (double) inliers / pairs.votes();
            if (ratio < thresholds.minInlierRatio()) return Optional.empty();
            Point[] corners = project(h, reference.outline());
            if (!plausible(corners, reference, width, height)) return Optional.empty();
            return Optional.of(new Verification(inliers, pairs.votes(), ratio, clippedBounds(corners, width, height)));
        } finally {
            src.release();
            dst.release();
            mask.release();
            if (h != null) h.release();
        }
    }

    /**
     * A logo is flat and pasted or printed nearly face-on, so rotation, uniform scale and shift (4 degrees of
     * freedom, 2 point pairs) explain it; a full homography on a small logo's few pairs fits noise too easily.
     */
    private Mat similarity(MatOfPoint2f src, MatOfPoint2f dst, Mat mask) {
        Mat affine = Calib3d.estimateAffinePartial2D(src, dst, mask, Calib3d.RANSAC, thresholds.reprojection(), 2000, 0.995, 10);
        if (affine.empty()) return affine;
        Mat h = Mat.eye(3, 3, CvType.CV_64F);
        Mat top = h.rowRange(0, 2);
        affine.copyTo(top);
        top.release();
        affine.release();
        return h;
    }

    private boolean plausible(Point[] q, Reference reference, int width, int height) {
        double area = signedArea(q);
        if (area <= 0) return false; // flipped or collapsed: mirrored copies have their own reference variant
        for (int i = 0; i < 4; i++) {
            double turn = cross(q[i], q[(i + 1) % 4], q[(i + 2) % 4]);
            if (turn <= 0) return false; // not convex
            if (angle(q[i], q[(i + 1) % 4], q[(i + 2) % 4]) < MIN_CORNER_DEGREES) return false;
        }
        double top = dist(q[0], q[1]), right = dist(q[1], q[2]), bottom = dist(q[2], q[3]), left = dist(q[3], q[0]);
        double skew = thresholds.maxSkew();
        if (ratio(top, bottom) > skew || ratio(left, right) > skew) return false;
        double aspect = ((top + bottom) / (left + right)) / ((double) reference.outline().w() / reference.outline().h());
        if (ratio(aspect, 1) > skew) return false;
        double share = area / ((double) width * height);
        if (reference.kind() == ImageMatchKind.LOGO) {
            return share >= thresholds.minLogoArea() && share <= 1.0;
        }
        return share >= thresholds.minPhotoArea() && share <= MAX_PHOTO_AREA;
    }

    private static Point[] project(Mat h, Box b) {
        MatOfPoint2f outline = new MatOfPoint2f(new Point(b.x(), b.y()), new Point(b.x() + b.w(), b.y()),
                new Point(b.x() + b.w(), b.y() + b.h()), new Point(b.x(), b.y() + b.h()));
        MatOfPoint2f projected = new MatOfPoint2f();
        try {
            Core.perspectiveTransform(outline, projected, h);
            return projected.toArray();
        } finally {
            outline.release();
            projected.release();
        }
    }

    private static Box clippedBounds(Point[] q, int width, int height) {
        double x0 = width, y0 = height, x1 = 0, y1 = 0;
        for (Point p : q) {
            x0 = Math.min(x0, p.x);
            y0 = Math.min(y0, p.y);
            x1 = Math.max(x1, p.x);
            y1 = Math.max(y1, p.y);
        }
        int x = (int) Math.max(0, Math.floor(x0)), y = (int) Math.max(0, Math.floor(y0));
        int r = (int) Math.min(width, Math.ceil(x1)), b = (int) Math.min(height, Math.ceil(y1));
        return new Box(x, y, Math.max(0, r - x), Math.max(0, b - y));
    }

    private static MatOfPoint2f points(float[] xy) {
        Point[] p = new Point[xy.length / 2];
        for (int i = 0; i < p.length; i++) p[i] = new Point(xy[2 * i], xy[2 * i + 1]);
        return new MatOfPoint2f(p);
    }

    /** Positive when the outline runs the same way as the reference's (clockwise in image coordinates). */
    private static double signedArea(Point[] q) {
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            Point a = q[i], b = q[(i + 1) % q.length];
            s += a.x * b.y - b.x * a.y;
        }
        return s / 2;
    }

    private static double cross(Point a, Point b, Point c) {
        return (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    }

    private static double angle(Point a, Point b, Point c) {
        double ux = a.x - b.x, uy = a.y - b.y, vx = c.x - b.x, vy = c.y - b.y;
        double cos = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    private static double ratio(double a, double b) {
        return a > b ? a / Math.max(b, 1e-9) : b / Math.max(a, 1e-9);
    }
}
