package dev.genuine.image.features;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Images drawn with OpenCV for tests: fictional logos, busy backgrounds, pasted and edited copies. */
public final class SyntheticImages {
    private SyntheticImages() {}

    /** A fictional logo: a shape and a word in one flat colour on a transparent background, as PNG bytes. */
    public static byte[] logoPng(String word, long seed) {
        Random r = new Random(seed);
        Mat mask = Mat.zeros(128, 256, CvType.CV_8UC1);
        Mat bgra = new Mat();
        List<Mat> planes = new ArrayList<>();
        try {
            Point[] star = new Point[10];
            for (int i = 0; i < 10; i++) {
                double a = Math.PI * i / 5 + r.nextDouble() * 0.2, rad = i % 2 == 0 ? 44 : 18;
                star[i] = new Point(48 + rad * Math.cos(a), 64 + rad * Math.sin(a));
            }
            MatOfPoint poly = new MatOfPoint(star);
            Imgproc.fillPoly(mask, List.of(poly), new Scalar(255));
            poly.release();
            Imgproc.putText(mask, word, new Point(96, 84), Imgproc.FONT_HERSHEY_DUPLEX, 1.5, new Scalar(255), 5);
            Imgproc.rectangle(mask, new Point(96, 98), new Point(96 + 40 + r.nextInt(110), 108), new Scalar(255), -1);
            Mat colour = new Mat(mask.size(), CvType.CV_8UC1, new Scalar(40));
            planes.add(colour);
            planes.add(colour);
            planes.add(colour);
            planes.add(mask);
            Core.merge(planes, bgra);
            colour.release();
            return png(bgra);
        } finally {
            mask.release();
            bgra.release();
        }
    }

    /** A busy colour background: blurred noise under random strokes and discs. */
    public static Mat busyBackground(int width, int height, long seed) {
        Random r = new Random(seed);
        Mat m = new Mat(height, width, CvType.CV_8UC3);
        Core.setRNGSeed((int) seed);
        Core.randu(m, 0, 256);
        Imgproc.GaussianBlur(m, m, new Size(0, 0), 3);
        for (int i = 0; i < 40; i++) {
            Scalar c = new Scalar(r.nextInt(256), r.nextInt(256), r.nextInt(256));
            Point a = new Point(r.nextInt(width), r.nextInt(height));
            if (i % 2 == 0) Imgproc.line(m, a, new Point(r.nextInt(width), r.nextInt(height)), c, 1 + r.nextInt(3));
            else Imgproc.circle(m, a, 3 + r.nextInt(20), c, r.nextBoolean() ? -1 : 2);
        }
        return m;
    }

    /**
     * Pastes the logo's opaque part in {@code bgr} colour onto {@code photo}, scaled to {@code widthShare} of the
     * photo's width, rotated by {@code degrees}, centred at (cx, cy); returns where its pixels landed.
     */
    public static Rect paste(Mat photo, byte[] logoPng, double widthShare, double degrees, int cx, int cy, Scalar bgr) {
        Mat rgba = Imgcodecs.imdecode(new MatOfByte(logoPng), Imgcodecs.IMREAD_UNCHANGED);
        List<Mat> planes = new ArrayList<>();
        Core.split(rgba, planes);
        Mat alpha = planes.get(3);
        Mat placed = Mat.zeros(photo.size(), CvType.CV_8UC1);
        Mat nonZero = new Mat();
        Mat fill = new Mat(photo.size(), photo.type(), bgr);
        try {
            double s = widthShare * photo.cols() / alpha.cols();
            Mat rot = Imgproc.getRotationMatrix2D(new Point(alpha.cols() / 2.0, alpha.rows() / 2.0), degrees, s);
            rot.put(0, 2, rot.get(0, 2)[0] + cx - alpha.cols() / 2.0);
            rot.put(1, 2, rot.get(1, 2)[0] + cy - alpha.rows() / 2.0);
            Imgproc.warpAffine(alpha, placed, rot, photo.size(), Imgproc.INTER_LINEAR);
            rot.release();
            Imgproc.threshold(placed, placed, 127, 255, Imgproc.THRESH_BINARY);
            fill.copyTo(photo, placed);
            Core.findNonZero(placed, nonZero);
            return Imgproc.boundingRect(nonZero);
        } finally {
            rgba.release();
            planes.forEach(Mat::release);
            placed.release();
            nonZero.release();
            fill.release();
        }
    }

    public static byte[] jpeg(Mat m, int quality) {
        MatOfByte out = new MatOfByte();
        MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality);
        try {
            Imgcodecs.imencode(".jpg", m, out, params);
            return out.toArray();
        } finally {
            out.release();
            params.release();
        }
    }

    public static byte[] png(Mat m) {
        MatOfByte out = new MatOfByte();
        try {
            Imgcodecs.imencode(".png", m, out);
            return out.toArray();
        } finally {
            out.release();
        }
    }

    /** The photo mirrored, with {@code share} of each side cropped away, recompressed as JPEG at quality 60. */
    static byte[] reused(Mat photo, double share) {
        Mat flipped = new Mat();
        Core.flip(photo, flipped, 1);
        int dx = (int) (photo.cols() * share / 2), dy = (int) (photo.rows() * share / 2);
        Mat crop = flipped.submat(new Rect(dx, dy, photo.cols() - 2 * dx, photo.rows() - 2 * dy));
        try {
            return jpeg(crop, 60);
        } finally {
            crop.release();
            flipped.release();
        }
    }
}
