package dev.genuine.image.features;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;

/** Decodes image bytes into the grey images features are taken from. Every returned Mat is the caller's to release. */
public final class ImagePreparation {
    static {
        // Every path into OpenCV's native code passes through here first.
        dev.genuine.image.OpenCv.load();
    }

    /** White margin around a logo, as a fraction of its larger side: keypoints near an edge are otherwise lost. */
    private static final double LOGO_MARGIN = 0.12;

    private ImagePreparation() {}

    /** A grey image scaled down so its longer side is at most {@code maxSide}. */
    public static Mat grey(byte[] bytes, int maxSide) {
        return grey(bytes, 0, maxSide).image();
    }

    /** A grey image and the factor it was scaled by from the decoded image. */
    public record Scaled(Mat image, double scale) {}

    /** A grey image scaled so its longer side lies in [minSide, maxSide] (no scaling up when minSide is 0). */
    public static Scaled grey(byte[] bytes, int minSide, int maxSide) {
        Mat colour = decode(bytes, Imgcodecs.IMREAD_COLOR);
        try {
            Mat grey = new Mat();
            Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
            int side = Math.max(grey.cols(), grey.rows());
            if (side < minSide) {
                double f = (double) minSide / side;
                Mat up = new Mat();
                Imgproc.resize(grey, up, new Size(), f, f, Imgproc.INTER_CUBIC);
                grey.release();
                return new Scaled(up, (double) up.cols() / colour.cols());
            }
            Mat out = shrink(grey, maxSide);
            return new Scaled(out, (double) out.cols() / colour.cols());
        } finally {
            colour.release();
        }
    }

    /** A colour (BGR) image scaled down so its longer side is at most {@code maxSide}, and the factor it was scaled by. */
    public static Scaled colour(byte[] bytes, int maxSide) {
        Mat colour = decode(bytes, Imgcodecs.IMREAD_COLOR);
        int decodedWidth = colour.cols();
        Mat out = shrink(colour, maxSide);
        return new Scaled(out, (double) out.cols() / decodedWidth);
    }

    /**
     * A logo as a dark shape on white with a margin. A logo with transparency is reduced to its silhouette
     * (its alpha), because a printed logo keeps its shape but rarely its colours; an opaque logo is taken grey.
     */
    public static Mat logo(byte[] bytes, int maxSide) {
        Mat raw = decode(bytes, Imgcodecs.IMREAD_UNCHANGED);
        Mat shape = new Mat();
        try {
            if (raw.channels() == 4) {
                List<Mat> planes = new ArrayList<>(4);
                Core.split(raw, planes);
                try {
                    Core.bitwise_not(planes.get(3), shape);
                } finally {
                    planes.forEach(Mat::release);
                }
            } else if (raw.channels() == 3) {
                Imgproc.cvtColor(raw, shape, Imgproc.COLOR_BGR2GRAY);
            } else {
                raw.convertTo(shape, CvType.CV_8U);
            }
            Mat small = shrink(shape, maxSide);
            try {
                int margin = (int) Math.round(Math.max(small.cols(), small.rows()) * LOGO_MARGIN);
                Mat padded = new Mat();
                Core.copyMakeBorder(small, padded, margin, margin, margin, margin, Core.BORDER_CONSTANT, new Scalar(255));
                return padded;
            } finally {
                small.release();
            }
        } finally {
            raw.release();
        }
    }

    /** The bounding box of the pixels darker than the background (a logo's drawn part). */
    public static Box inkBox(Mat grey) {
        Mat ink = new Mat();
        Mat nonZero = new Mat();
        try {
            Imgproc.threshold(grey, ink, 250, 255, Imgproc.THRESH_BINARY_INV);
            Core.findNonZero(ink, nonZero);
            if (nonZero.empty()) return new Box(0, 0, grey.cols(), grey.rows());
            Rect r = Imgproc.boundingRect(nonZero);
            return new Box(r.x, r.y, r.width, r.height);
        } finally {
            ink.release();
            nonZero.release();
        }
    }

    /** The image with light and dark swapped. */
    public static Mat inverted(Mat grey) {
        Mat out = new Mat();
        Core.bitwise_not(grey, out);
        return out;
    }

    /** The image flipped left to right. */
    public static Mat mirrored(Mat grey) {
        Mat out = new Mat();
        Core.flip(grey, out, 1);
        return out;
    }

    /** The decoded image ({@code Imgcodecs} flags); throws IllegalArgumentException when the bytes are no image. */
    public static Mat decode(byte[] bytes, int flags) {
        MatOfByte buffer = new MatOfByte(bytes);
        try {
            Mat m = Imgcodecs.imdecode(buffer, flags);
            if (m.empty()) {
                m.release();
                throw new IllegalArgumentException("not a decodable image (" + bytes.length + " bytes)");
            }
            return m;
        } finally {
            buffer.release();
        }
    }

    /** Scales down (never up) so the longer side is at most maxSide; releases the input when it makes a new Mat. */
    private static Mat shrink(Mat m, int maxSide) {
        int side = Math.max(m.cols(), m.rows());
        if (side <= maxSide) return m;
        double f = (double) maxSide / side;
        Mat out = new Mat();
        Imgproc.resize(m, out, new Size(Math.round(m.cols() * f), Math.round(m.rows() * f)), 0, 0, Imgproc.INTER_AREA);
        m.release();
        return out;
    }
}
