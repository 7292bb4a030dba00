package dev.genuine.image.silhouette;

import dev.genuine.image.features.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.core.TermCriteria;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a photo into shapes of one flat colour, the way a printed or stamped logo sits on a product: the
 * pixels are grouped into a few colours (k-means in Lab), and each colour's pixels into shapes, letters a
 * few pixels apart counting as one shape so a word logo stays whole. Colour is only used to cut shapes out;
 * the shapes are compared without it, since copies are often printed in another colour.
 *
 * <p>A print touching a textured surface of a close colour (dark foliage, a patterned fabric, a prop laid over
 * it) falls into one colour with that texture, and the shape is the print and the texture together. So each
 * colour is also cut a second way: only its flat pixels (little spread in lightness around them), grown back
 * by the width the spread's window ate from the print's edge. Texture is not flat and drops out.
 */
final class ColourRegions {
    /** Colours a photo is reduced to: enough to part a logo from the product it is printed on. */
    static final int COLOURS = 8;
    /** Fixed, so the same photo always gives the same regions. */
    private static final long SEED = 0x5EED_C0105L;
    /** k-means runs on a copy this small; every pixel of the full image is then given its nearest colour. */
    private static final int SAMPLE_SIDE = 96;
    /** Lab distance (OpenCV's 8-bit scale) under which two k-means colours are one. */
    static final float SAME_COLOUR = 24;
    /** A shape's box must cover between these shares of the image: smaller is noise, larger is the backdrop. */
    static final double MIN_AREA = 0.004, MAX_AREA = 0.45;
    /** Gaps bridged when grouping a colour's pixels into shapes, as shares of the photo's longer side. */
    private static final double[] GAPS = {1 / 64.0, 1 / 32.0};
    /** A shape narrower or lower than this many pixels has too little outline to compare. */
    static final int MIN_SIDE = 12;
    /** Side of the square over which a pixel's lightness spread is taken. */
    static final int FLAT_WINDOW = 5;
    /**
     * The most lightness spread (standard deviation, OpenCV's 8-bit L) a flat print's pixel may have: the 95th
     * percentile inside the generated corpus's one-ink stamps after JPEG ({@code FlatPrintSpread}: 6.15). The
     * noisier pixels lie among flat ones, and growing the flat core back takes them in.
     */
    static final double FLAT_SPREAD = 6;
    /** A colour's flat pixels are cut out apart only when texture is at least this share of its pixels. */
    private static final double MIN_TEXTURE_SHARE = 0.05;

    /** A shape cut out of the photo, and where it stands. */
    record Region(Silhouette shape, Box box) {}

    private ColourRegions() {}

    /** The shapes of {@code bgr} (CV_8UC3), not released. */
    static List<Region> of(Mat bgr) {
        Mat lab = new Mat();
        try {
            Imgproc.cvtColor(bgr, lab, Imgproc.COLOR_BGR2Lab);
            float[][] centres = colours(lab);
            int[] labels = nearestColour(lab, centres);
            int[] merged = mergedColours(centres);
            for (int p = 0; p < labels.length; p++) labels[p] = merged[labels[p]];
            boolean[] flat = flat(lab);
            List<Region> out = new ArrayList<>();
            for (int colour = 0; colour < centres.length; colour++) {
                if (merged[colour] == colour) shapes(labels, flat, colour, lab.cols(), lab.rows(), out);
            }
            return out;
        } finally {
            lab.release();
        }
    }

    /** The k-means centres of a small copy of the image, as {L, a, b} rows. */
    private static float[][] colours(Mat lab) {
        double f = Math.min(1, (double) SAMPLE_SIDE / Math.max(lab.cols(), lab.rows()));
        Mat small = new Mat();
        Mat samples = new Mat();
        Mat labels = new Mat();
        Mat centres = new Mat();
        try {
            Imgproc.resize(lab, small, new Size(Math.max(1, Math.round(lab.cols() * f)), Math.max(1, Math.round(lab.rows() * f))),
                    0, 0, Imgproc.INTER_AREA);
            small.reshape(1, small.rows() * small.cols()).convertTo(samples, CvType.CV_32F);
            int k = Math.min(COLOURS, samples.rows());
            // k-means++ seeding draws from OpenCV's per-thread generator.
            Core.setRNGSeed((int) SEED);
            Core.kmeans(samples, k, labels, new TermCriteria(TermCriteria.COUNT + TermCriteria.EPS, 12, 0.5), 1,
                    Core.KMEANS_PP_CENTERS, centres);
            float[][] out = new float[k][3];
            for (int i = 0; i < k; i++) centres.get(i, 0, out[i]);
            return out;
        } finally {
            small.release();
            samples.release();
            labels.release();
            centres.release();
        }
    }

    /**
     * For each centre, the centre it is merged into: centres closer than {@link #SAME_COLOUR} are one colour.
     * A photo with fewer colours than {@link #COLOURS} otherwise has a flat print split into its core and its
     * anti-aliased rim, and neither half has the logo's shape.
     */
    private static int[] mergedColours(float[][] centres) {
        int[] root = new int[centres.length];
        for (int i = 0; i < root.length; i++) root[i] = i;
        for (int i = 0; i < centres.length; i++) {
            for (int j = i + 1; j < centres.length; j++) {
                float dl = centres[i][0] - centres[j][0], da = centres[i][1] - centres[j][1], db = centres[i][2] - centres[j][2];
                if (dl * dl + da * da + db * db < SAME_COLOUR * SAME_COLOUR) root[find(root, j)] = find(root, i);
            }
        }
        for (int i = 0; i < root.length; i++) root[i] = find(root, i);
        return root;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) i = root[i];
        return i;
    }

    private static int[] nearestColour(Mat lab, float[][] centres) {
        byte[] pixels = new byte[lab.rows() * lab.cols() * 3];
        lab.get(0, 0, pixels);
        int[] labels = new int[lab.rows() * lab.cols()];
        for (int p = 0; p < labels.length; p++) {
            int l = pixels[3 * p] & 0xFF, a = pixels[3 * p + 1] & 0xFF, b = pixels[3 * p + 2] & 0xFF;
            int best = 0;
            float bestDistance = Float.MAX_VALUE;
            for (int c = 0; c < centres.length; c++) {
                float dl = l - centres[c][0], da = a - centres[c][1], db = b - centres[c][2];
                float d = dl * dl + da * da + db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            labels[p] = best;
        }
        return labels;
    }

    /** The standard deviation of lightness over each pixel's {@link #FLAT_WINDOW} square (CV_32F). */
    static Mat lightnessSpread(Mat lab) {
        Mat lightness = new Mat();
        Mat mean = new Mat();
        Mat meanOfSquares = new Mat();
        Size window = new Size(FLAT_WINDOW, FLAT_WINDOW);
        try {
            Core.extractChannel(lab, lightness, 0);
            lightness.convertTo(lightness, CvType.CV_32F);
            Imgproc.blur(lightness, mean, window);
            Core.multiply(lightness, lightness, lightness);
            Imgproc.blur(lightness, meanOfSquares, window);
            Core.multiply(mean, mean, mean);
            Core.subtract(meanOfSquares, mean, meanOfSquares);
            Core.max(meanOfSquares, new Scalar(0), meanOfSquares);
            Core.sqrt(meanOfSquares, meanOfSquares);
            return meanOfSquares;
        } finally {
            lightness.release();
            mean.release();
        }
    }

    /** Whether each pixel (row-major) lies in a flat patch: lightness spread at most {@link #FLAT_SPREAD}. */
    private static boolean[] flat(Mat lab) {
        Mat spread = lightnessSpread(lab);
        try {
            float[] values = new float[lab.rows() * lab.cols()];
            spread.get(0, 0, values);
            boolean[] out = new boolean[values.length];
            for (int p = 0; p < values.length; p++) out[p] = values[p] <= FLAT_SPREAD;
            return out;
        } finally {
            spread.release();
        }
    }

    /**
     * Adds the shapes of one colour: its pixels grouped across gaps of a few pixels, each group cropped to its
     * ink; then, when part of the colour is texture, the same for its flat pixels alone.
     */
    private static void shapes(int[] labels, boolean[] flat, int colour, int width, int height, List<Region> out) {
        byte[] pixels = new byte[labels.length];
        byte[] flatPixels = new byte[labels.length];
        int count = 0, flatCount = 0;
        for (int p = 0; p < labels.length; p++) {
            if (labels[p] == colour) {
                pixels[p] = (byte) 255;
                count++;
                if (flat[p]) {
                    flatPixels[p] = (byte) 255;
                    flatCount++;
                }
            }
        }
        double imageArea = (double) width * height;
        if (count < MIN_AREA * imageArea / 4) return;
        Mat mask = new Mat(height, width, CvType.CV_8U);
        try {
            mask.put(0, 0, pixels);
            Set<Box> seen = new HashSet<>();
            groupings(mask, imageArea, seen, out);
            if (flatCount > (1 - MIN_TEXTURE_SHARE) * count || flatCount < MIN_AREA * imageArea / 4) return;
            Mat flatMask = new Mat(height, width, CvType.CV_8U);
            Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(FLAT_WINDOW, FLAT_WINDOW));
            try {
                // The window ate half its width from the print's edge: grow the flat core back, within the colour.
                flatMask.put(0, 0, flatPixels);
                Imgproc.dilate(flatMask, flatMask, kernel);
                Core.bitwise_and(flatMask, mask, flatMask);
                groupings(flatMask, imageArea, seen, out);
            } finally {
                flatMask.release();
                kernel.release();
            }
        } finally {
            mask.release();
        }
    }

    /**
     * Two groupings are tried, because how far a logo's emblem stands from its word depends on the logo: a
     * narrow one that keeps neighbouring shapes apart and a wide one that keeps a spaced-out logo whole.
     */
    private static void groupings(Mat mask, double imageArea, Set<Box> seen, List<Region> out) {
        for (double gapShare : GAPS) {
            int gap = Math.max(3, (int) Math.round(Math.max(mask.cols(), mask.rows()) * gapShare)) | 1;
            groups(mask, gap, imageArea, seen, out);
        }
    }

    private static void groups(Mat mask, int gap, double imageArea, Set<Box> seen, List<Region> out) {
        Mat grouped = new Mat();
        Mat components = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(gap, gap));
        try {
            Imgproc.dilate(mask, grouped, kernel);
            int n = Imgproc.connectedComponentsWithStats(grouped, components, stats, centroids, 8, CvType.CV_32S);
            for (int i = 1; i < n; i++) {
                int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0], y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
                int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0], h = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
                double share = (double) w * h / imageArea;
                if (w < MIN_SIDE || h < MIN_SIDE || share < MIN_AREA || share > MAX_AREA) continue;
                region(mask, components, i, new Rect(x, y, w, h), seen, out);
            }
        } finally {
            grouped.release();
            components.release();
            stats.release();
            centroids.release();
            kernel.release();
        }
    }

    /** The colour's own pixels (not the grouping's widening) inside component {@code id}, cropped to their ink. */
    private static void region(Mat mask, Mat components, int id, Rect box, Set<Box> seen, List<Region> out) {
        Mat member = new Mat();
        Mat ink = new Mat();
        Mat points = new Mat();
        Mat maskBox = mask.submat(box);
        Mat componentBox = components.submat(box);
        try {
            Core.compare(componentBox, new Scalar(id), member, Core.CMP_EQ);
            Core.bitwise_and(maskBox, member, ink);
            Core.findNonZero(ink, points);
            if (points.empty()) return;
            Rect tight = Imgproc.boundingRect(points);
            if (tight.width < MIN_SIDE || tight.height < MIN_SIDE) return;
            Box where = new Box(box.x + tight.x, box.y + tight.y, tight.width, tight.height);
            // The wide grouping often finds what the narrow one did.
            if (!seen.add(where)) return;
            Mat crop = ink.submat(tight);
            try {
                out.add(new Region(Silhouette.of(crop), where));
                DetachedSpecks.trimmed(crop).ifPresent(body -> {
                    try {
                        out.add(new Region(Silhouette.of(body.mask()),
                                new Box(where.x() + body.box().x, where.y() + body.box().y, body.box().width, body.box().height)));
                    } finally {
                        body.mask().release();
                    }
                });
            } finally {
                crop.release();
            }
        } finally {
            member.release();
            ink.release();
            points.release();
            maskBox.release();
            componentBox.release();
        }
    }
}
