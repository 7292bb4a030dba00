package dev.genuine.image.features;

import org.opencv.core.Mat;
import org.opencv.core.MatOfKeyPoint;
import org.opencv.core.KeyPoint;
import org.opencv.features2d.SIFT;

/**
 * Takes SIFT keypoints and descriptors from a grey image. Thread-safe: each thread gets its own detector,
 * because OpenCV's detectors are not documented as safe to share.
 */
public final class FeatureExtractor {
    static {
        // Every path into OpenCV's native code passes through here first.
        dev.genuine.image.OpenCv.load();
    }

    /** Bumped whenever extraction changes, so cached features from an older extractor are not reused. */
    public static final int VERSION = 1;
    public static final int DIMENSION = 128;

    /** SIFT's own defaults for the octave layers and the blur of the first octave. */
    private static final int OCTAVE_LAYERS = 3;
    private static final double SIGMA = 1.6;

    private final ThreadLocal<SIFT> detector;

    /** Keeps the {@code maxFeatures} strongest keypoints; the thresholds are SIFT's (see {@link FeatureSettings}). */
    public FeatureExtractor(int maxFeatures, double contrastThreshold, double edgeThreshold) {
        if (maxFeatures <= 0) throw new IllegalArgumentException("maxFeatures must be positive");
        this.detector = ThreadLocal.withInitial(
                () -> SIFT.create(maxFeatures, OCTAVE_LAYERS, contrastThreshold, edgeThreshold, SIGMA));
    }

    public Features extract(Mat grey) {
        MatOfKeyPoint keypoints = new MatOfKeyPoint();
        Mat descriptors = new Mat();
        Mat noMask = new Mat();
        try {
            detector.get().detectAndCompute(grey, noMask, keypoints, descriptors);
            KeyPoint[] kps = keypoints.toArray();
            float[] points = new float[kps.length * 2];
            for (int i = 0; i < kps.length; i++) {
                points[2 * i] = (float) kps[i].pt.x;
                points[2 * i + 1] = (float) kps[i].pt.y;
            }
            float[] values = new float[kps.length * DIMENSION];
            if (kps.length > 0) descriptors.get(0, 0, values);
            return new Features(grey.cols(), grey.rows(), points, values, DIMENSION);
        } finally {
            keypoints.release();
            descriptors.release();
            noMask.release();
        }
    }
}
