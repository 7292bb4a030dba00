package dev.genuine.image.features;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Local features of one image, held on the Java heap so they can be cached, shared between threads and
 * indexed without native memory: keypoint positions and their descriptors, row by row.
 *
 * @param points      x, y of each keypoint, interleaved
 * @param descriptors {@code dimension} floats per keypoint
 */
public record Features(int width, int height, float[] points, float[] descriptors, int dimension) {
    public Features {
        if (dimension <= 0) throw new IllegalArgumentException("descriptor dimension must be positive");
        if (points.length % 2 != 0 || descriptors.length != points.length / 2 * dimension) {
            throw new IllegalArgumentException("points and descriptors disagree: " + points.length / 2
                    + " points, " + descriptors.length + " descriptor values of dimension " + dimension);
        }
    }

    public int count() {
        return points.length / 2;
    }

    public float x(int i) {
        return points[2 * i];
    }

    public float y(int i) {
        return points[2 * i + 1];
    }

    /** The descriptors as a new CV_32F Mat, one row per keypoint; the caller releases it. */
    public Mat descriptorMat() {
        Mat m = new Mat(count(), dimension, CvType.CV_32F);
        m.put(0, 0, descriptors);
        return m;
    }
}
