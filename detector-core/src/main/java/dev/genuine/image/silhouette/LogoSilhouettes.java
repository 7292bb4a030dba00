package dev.genuine.image.silhouette;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Registry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.OpenCv;
import dev.genuine.image.features.ImagePreparation;
import dev.genuine.store.ImageStore;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The silhouettes of a registry version's figurative marks: each logo image's ink (opaque, not white), turned
 * through small angles, because a stamped copy is rarely printed straight. Immutable.
 */
public final class LogoSilhouettes {
    static {
        OpenCv.load();
    }

    /** Turns tried, in degrees: copies on the bench of hand-placed stickers and prints lean by up to about 15. */
    static final List<Integer> ANGLES = List.of(-15, -10, -5, 0, 5, 10, 15);
    /** A channel value above which a pixel counts as white paper, not ink. */
    private static final int WHITE = 230;

    /**
     * How a one-colour copy renders the logo's white parts: left out, so the product shows through (INK), or
     * printed over with the rest (FILLED). Only logos with opaque white parts have both.
     */
    enum Print { INK, FILLED }

    /**
     * One logo image, printed one way, with or without the small marks standing apart from it ({@link
     * DetachedSpecks}), turned by {@code angle} degrees (counter-clockwise).
     */
    record Turned(String rightsHolderId, String brand, String markId, String sha256, Print print, boolean specksDropped,
                  int angle, Silhouette shape) {}

    private final List<Turned> turned;
    private final List<String> skipped;

    private LogoSilhouettes(List<Turned> turned, List<String> skipped) {
        this.turned = List.copyOf(turned);
        this.skipped = List.copyOf(skipped);
    }

    /** The silhouettes of every readable figurative mark image of {@code registry}. */
    public static LogoSilhouettes of(Registry registry, ImageStore images) {
        List<Turned> turned = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Mark mark : registry.marks()) {
            if (mark.kind() != MarkKind.FIGURATIVE) continue;
            for (StoredImage image : mark.images()) {
                if (!image.isStored()) continue;
                try {
                    Map<Print, Mat> prints = prints(images.read(image.sha256()));
                    try {
                        prints.forEach((print, mask) -> {
                            addTurns(turned, mark, image.sha256(), print, false, mask);
                            DetachedSpecks.trimmed(mask).ifPresent(body -> {
                                try {
                                    addTurns(turned, mark, image.sha256(), print, true, body.mask());
                                } finally {
                                    body.mask().release();
                                }
                            });
                        });
                    } finally {
                        prints.values().forEach(Mat::release);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    skipped.add("mark " + mark.id() + " image " + image.source() + ": " + e.getMessage());
                }
            }
        }
        return new LogoSilhouettes(turned, skipped);
    }

    private static void addTurns(List<Turned> turned, Mark mark, String sha256, Print print, boolean specksDropped, Mat mask) {
        for (int angle : ANGLES) {
            Mat crop = turnedCrop(mask, angle);
            try {
                turned.add(new Turned(mark.rightsHolderId(), mark.brand(), mark.id(), sha256, print, specksDropped, angle,
                        Silhouette.of(crop)));
            } finally {
                crop.release();
            }
        }
    }

    List<Turned> turned() {
        return turned;
    }

    /** Logo images that could not be used, each with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    public boolean isEmpty() {
        return turned.isEmpty();
    }

    /**
     * The logo's one-colour prints as 0/255 masks: its ink (opaque pixels that are not white paper) and, when
     * white parts are opaque too, its whole opaque area.
     */
    static Map<Print, Mat> prints(byte[] bytes) {
        Mat raw = ImagePreparation.decode(bytes, Imgcodecs.IMREAD_UNCHANGED);
        Mat colour = new Mat();
        Mat paper = new Mat();
        Mat ink = new Mat();
        Mat opaque = new Mat();
        Map<Print, Mat> out = new EnumMap<>(Print.class);
        try {
            if (raw.depth() != CvType.CV_8U) raw.convertTo(raw, CvType.CV_8U, 1.0 / 256);
            switch (raw.channels()) {
                case 4 -> Imgproc.cvtColor(raw, colour, Imgproc.COLOR_BGRA2BGR);
                case 3 -> raw.copyTo(colour);
                default -> Imgproc.cvtColor(raw, colour, Imgproc.COLOR_GRAY2BGR);
            }
            Core.inRange(colour, new Scalar(WHITE + 1, WHITE + 1, WHITE + 1), new Scalar(255, 255, 255), paper);
            Core.bitwise_not(paper, ink);
            if (raw.channels() == 4) {
                Core.extractChannel(raw, opaque, 3);
                Imgproc.threshold(opaque, opaque, 127, 255, Imgproc.THRESH_BINARY);
                Core.bitwise_and(ink, opaque, ink);
            }
            int inkPixels = Core.countNonZero(ink);
            if (inkPixels == 0) throw new IllegalArgumentException("the logo has no ink (all white or transparent)");
            out.put(Print.INK, ink);
            // Opaque white covering a few per cent of the logo changes its shape; a white rim of anti-aliasing does not.
            if (!opaque.empty() && Core.countNonZero(opaque) > inkPixels * 1.05) out.put(Print.FILLED, opaque);
            return out;
        } catch (RuntimeException e) {
            ink.release();
            opaque.release();
            throw e;
        } finally {
            if (!out.containsKey(Print.FILLED)) opaque.release();
            raw.release();
            colour.release();
            paper.release();
        }
    }

    /** The mask turned by {@code angle} degrees on a canvas large enough to hold it, cropped to its ink. */
    static Mat turnedCrop(Mat mask, double angle) {
        Mat turned = new Mat();
        Mat rotation = Imgproc.getRotationMatrix2D(new Point(mask.cols() / 2.0, mask.rows() / 2.0), angle, 1);
        try {
            double cos = Math.abs(Math.cos(Math.toRadians(angle))), sin = Math.abs(Math.sin(Math.toRadians(angle)));
            int w = (int) Math.ceil(mask.cols() * cos + mask.rows() * sin);
            int h = (int) Math.ceil(mask.cols() * sin + mask.rows() * cos);
            rotation.put(0, 2, rotation.get(0, 2)[0] + (w - mask.cols()) / 2.0);
            rotation.put(1, 2, rotation.get(1, 2)[0] + (h - mask.rows()) / 2.0);
            Imgproc.warpAffine(mask, turned, rotation, new Size(w, h), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(0));
            Imgproc.threshold(turned, turned, 127, 255, Imgproc.THRESH_BINARY);
            return cropToInk(turned);
        } finally {
            rotation.release();
            turned.release();
        }
    }

    /** A copy of the mask's ink bounding box. */
    static Mat cropToInk(Mat mask) {
        Mat points = new Mat();
        try {
            Core.findNonZero(mask, points);
            Rect r = points.empty() ? new Rect(0, 0, mask.cols(), mask.rows()) : Imgproc.boundingRect(points);
            return mask.submat(r).clone();
        } finally {
            points.release();
        }
    }
}
