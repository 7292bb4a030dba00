package dev.genuine.image.silhouette;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.OpenCv;
import dev.genuine.image.features.BenchCorpus;
import dev.genuine.image.features.ImagePreparation;
import dev.genuine.store.MemoryImageStore;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures how flat a flat print is once photographed and saved as JPEG: the spread (standard deviation) of
 * lightness over {@link ColourRegions#FLAT_WINDOW}-pixel squares lying wholly inside stamped one-ink logos of a
 * labelled corpus (labels with a {@code logo} box and a hex {@code colour}), at the size shapes are cut at.
 * The flat-core threshold must keep these. Usage: {@code FlatPrintSpread CORPUS_DIR}.
 */
public final class FlatPrintSpread {
    /** Lab distance (8-bit scale) within which a pixel counts as the stamp's ink. */
    private static final double INK_DISTANCE = 30;

    public static void main(String[] args) throws Exception {
        OpenCv.load();
        MemoryImageStore store = new MemoryImageStore();
        BenchCorpus corpus = new BenchCorpus(Path.of(args[0]), store);
        float[] spreads = new float[1 << 16];
        int n = 0, logos = 0;
        for (BenchCorpus.Labelled item : corpus.listings()) {
            JsonNode logo = item.variant() == null ? null : item.variant().get("logo");
            if (logo == null || !logo.path("colour").asText().startsWith("#")) continue;
            StoredImage image = item.listing().storedImages().stream().filter(StoredImage::isStored).findFirst().orElse(null);
            if (image == null) continue;
            ImagePreparation.Scaled photo = ImagePreparation.colour(store.read(image.sha256()), SilhouetteLogoMatcher.MAX_SIDE);
            Mat lab = new Mat();
            Mat ink = new Mat();
            Mat interior = new Mat();
            Mat spread = new Mat();
            try {
                Imgproc.cvtColor(photo.image(), lab, Imgproc.COLOR_BGR2Lab);
                double[] stamp = labOf(logo.path("colour").asText());
                Mat distance = new Mat();
                Core.absdiff(lab, new Scalar(stamp), distance);
                distance.convertTo(distance, CvType.CV_32FC3);
                Core.multiply(distance, distance, distance);
                Core.transform(distance, distance, new Mat(1, 3, CvType.CV_32F, new Scalar(1)));
                Core.compare(distance, new Scalar(INK_DISTANCE * INK_DISTANCE), ink, Core.CMP_LT);
                Imgproc.erode(ink, interior, Mat.ones(ColourRegions.FLAT_WINDOW, ColourRegions.FLAT_WINDOW, CvType.CV_8U));
                spread = ColourRegions.lightnessSpread(lab);
                double s = photo.scale();
                int x0 = (int) (logo.get("x").asInt() * s), y0 = (int) (logo.get("y").asInt() * s);
                int x1 = Math.min(lab.cols(), (int) ((logo.get("x").asInt() + logo.get("w").asInt()) * s));
                int y1 = Math.min(lab.rows(), (int) ((logo.get("y").asInt() + logo.get("h").asInt()) * s));
                logos++;
                for (int y = Math.max(0, y0); y < y1; y++) {
                    for (int x = Math.max(0, x0); x < x1; x++) {
                        if (interior.get(y, x)[0] == 0) continue;
                        if (n == spreads.length) spreads = Arrays.copyOf(spreads, n * 2);
                        spreads[n++] = (float) spread.get(y, x)[0];
                    }
                }
                distance.release();
            } finally {
                photo.image().release();
                lab.release();
                ink.release();
                interior.release();
                spread.release();
            }
        }
        float[] sorted = Arrays.copyOf(spreads, n);
        Arrays.sort(sorted);
        System.out.printf("%d one-ink logos, %d interior pixels; lightness spread percentiles:%n", logos, n);
        for (double q : new double[] {0.5, 0.9, 0.95, 0.99, 0.999}) {
            System.out.printf("  %5.1f%%: %.2f%n", q * 100, n == 0 ? Double.NaN : sorted[Math.min(n - 1, (int) (q * n))]);
        }
    }

    private static double[] labOf(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        Mat pixel = new Mat(1, 1, CvType.CV_8UC3, new Scalar(rgb & 0xFF, (rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF));
        Mat lab = new Mat();
        try {
            Imgproc.cvtColor(pixel, lab, Imgproc.COLOR_BGR2Lab);
            return lab.get(0, 0);
        } finally {
            pixel.release();
            lab.release();
        }
    }
}
