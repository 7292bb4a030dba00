package dev.genuine.image.silhouette;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import dev.genuine.image.features.SyntheticImages;
import dev.genuine.store.MemoryImageStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSilhouetteLogoMatcher {
    static {
        // The logos below are drawn with OpenCV when the class loads.
        OpenCv.load();
    }

    private static final MemoryImageStore STORE = new MemoryImageStore();
    private static final byte[] ZORVEX = SyntheticImages.logoPng("ZORV", 1);
    private static final byte[] QUILLMOOR = SyntheticImages.logoPng("QUIL", 2);
    private static SilhouetteLogoMatcher matcher;

    @BeforeAll
    static void build() {
        Registry registry = new Registry(1, Instant.EPOCH, List.of(entry("rh-zorvex", "Zorvex", ZORVEX),
                entry("rh-quillmoor", "Quillmoor", QUILLMOOR)));
        LogoSilhouettes logos = LogoSilhouettes.of(registry, STORE);
        assertEquals(List.of(), logos.skipped());
        assertEquals(2 * LogoSilhouettes.ANGLES.size(), logos.turned().size());
        matcher = new SilhouetteLogoMatcher(logos, STORE);
    }

    @Test
    void findsALogoPrintedFlatInAnotherColourTurnedAndSmallOnAProduct() {
        Mat photo = product(11);
        try {
            Rect truth = SyntheticImages.paste(photo, ZORVEX, 0.3, 8, 170, 200, new Scalar(200, 60, 20));
            List<ImageMatch> matches = matcher.match(listing(SyntheticImages.jpeg(photo, 85)));
            assertEquals(1, matches.size(), matches.toString());
            ImageMatch logo = matches.get(0);
            assertEquals(ImageMatchKind.LOGO, logo.kind());
            assertEquals("rh-zorvex", logo.rightsHolderId());
            assertEquals("zorvex-logo", logo.referenceId());
            assertEquals(SilhouetteLogoMatcher.METHOD, logo.method());
            assertTrue(logo.strength() >= 0.5 && logo.strength() <= 1, "strength " + logo.strength());
            assertTrue((double) logo.measures().get("similarity") >= SilhouetteLogoMatcher.MIN_AGREEMENT);
            Map<?, ?> box = (Map<?, ?>) logo.measures().get("box");
            Rect found = new Rect((int) box.get("x"), (int) box.get("y"), (int) box.get("w"), (int) box.get("h"));
            assertTrue(overlap(found, truth) > 0.8, "box " + found + " vs printed " + truth);
        } finally {
            photo.release();
        }
    }

    @Test
    void reportsTheBoxInTheStoredImagesPixelsWhenThePhotoIsLargerThanItIsCutAt() {
        Mat photo = product(12);
        Mat large = new Mat();
        try {
            Rect truth = SyntheticImages.paste(photo, QUILLMOOR, 0.35, -6, 150, 150, new Scalar(20, 20, 20));
            Imgproc.resize(photo, large, new Size(960, 960), 0, 0, Imgproc.INTER_CUBIC);
            ImageMatch logo = matcher.match(listing(SyntheticImages.jpeg(large, 90))).get(0);
            assertEquals("rh-quillmoor", logo.rightsHolderId());
            Map<?, ?> box = (Map<?, ?>) logo.measures().get("box");
            Rect found = new Rect((int) box.get("x"), (int) box.get("y"), (int) box.get("w"), (int) box.get("h"));
            Rect scaled = new Rect(truth.x * 3, truth.y * 3, truth.width * 3, truth.height * 3);
            assertTrue(overlap(found, scaled) > 0.8, "box " + found + " vs printed " + scaled);
        } finally {
            photo.release();
            large.release();
        }
    }

    @Test
    void aLogoWithAWhiteLetterIsFoundBothWhenACopyLeavesTheLetterOutAndWhenItPrintsOverIt() {
        byte[] badge = badgePng();
        Registry registry = new Registry(1, Instant.EPOCH, List.of(entry("rh-orbel", "Orbel", badge)));
        LogoSilhouettes logos = LogoSilhouettes.of(registry, STORE);
        assertEquals(2 * LogoSilhouettes.ANGLES.size(), logos.turned().size(), "ink and filled prints");
        SilhouetteLogoMatcher badgeMatcher = new SilhouetteLogoMatcher(logos, STORE);
        for (LogoSilhouettes.Print print : LogoSilhouettes.Print.values()) {
            Mat photo = product(13);
            try {
                Imgproc.ellipse(photo, new Point(160, 200), new Size(50, 50), 0, 0, 360, new Scalar(30, 30, 200), -1);
                if (print == LogoSilhouettes.Print.INK) {
                    Imgproc.rectangle(photo, new Point(157, 165), new Point(163, 235), new Scalar(101, 160, 200), -1);
                }
                List<ImageMatch> matches = badgeMatcher.match(listing(SyntheticImages.jpeg(photo, 90)));
                assertEquals(1, matches.size(), print + ": " + matches);
                assertEquals(print.name().toLowerCase(), matches.get(0).measures().get("print"));
            } finally {
                photo.release();
            }
        }
    }

    @Test
    void findsABoldFlatPrintWhoseEdgeRunsIntoATextureOfTheSameColour() {
        Registry registry = new Registry(1, Instant.EPOCH, List.of(entry("rh-velk", "Velk", emblemPng()),
                entry("rh-orbel", "Orbel", badgePng())));
        SilhouetteLogoMatcher emblemMatcher = new SilhouetteLogoMatcher(LogoSilhouettes.of(registry, STORE), STORE);
        for (long seed = 21; seed < 24; seed++) {
            Mat photo = product(14);
            try {
                // Foliage, a knit or a patterned prop as dark as the ink, running into the emblem's right half.
                java.util.Random random = new java.util.Random(seed);
                for (int i = 0; i < 1000; i++) {
                    int shade = 15 + random.nextInt(30);
                    Imgproc.circle(photo, new Point(160 + random.nextInt(110), 110 + random.nextInt(150)), 1 + random.nextInt(3),
                            new Scalar(shade, shade + random.nextInt(15), shade), -1);
                }
                Rect truth = SyntheticImages.paste(photo, emblemPng(), 0.4, 4, 150, 180, new Scalar(25, 25, 25));
                List<ImageMatch> matches = emblemMatcher.match(listing(SyntheticImages.jpeg(photo, 85)));
                assertEquals(List.of("rh-velk"), matches.stream().map(ImageMatch::rightsHolderId).toList(), "seed " + seed);
                Map<?, ?> box = (Map<?, ?>) matches.get(0).measures().get("box");
                Rect found = new Rect((int) box.get("x"), (int) box.get("y"), (int) box.get("w"), (int) box.get("h"));
                assertTrue(overlap(found, truth) > 0.8, "seed " + seed + ": box " + found + " vs printed " + truth);
            } finally {
                photo.release();
            }
        }
    }

    @Test
    void aBusyPhotoWithoutALogoMatchesNothing() {
        for (int seed = 100; seed < 106; seed++) {
            Mat photo = SyntheticImages.busyBackground(320, 320, seed);
            try {
                assertEquals(List.of(), matcher.match(listing(SyntheticImages.jpeg(photo, 85))), "background " + seed);
            } finally {
                photo.release();
            }
        }
    }

    @Test
    void anUndecodableImageGivesNoMatchesRatherThanAnError() {
        assertEquals(List.of(), matcher.match(listing("not an image".getBytes())));
    }

    /** A product shot: a coloured body with a darker panel on a light floor. */
    private static Mat product(int seed) {
        Mat m = new Mat(320, 320, CvType.CV_8UC3, new Scalar(225, 228, 232));
        Imgproc.rectangle(m, new Point(60, 40), new Point(270, 290), new Scalar(90 + seed, 160, 200), -1);
        Imgproc.ellipse(m, new Point(165, 80), new Size(60, 22), 0, 0, 360, new Scalar(60, 90, 120), -1);
        Imgproc.GaussianBlur(m, m, new Size(0, 0), 1.5);
        return m;
    }

    /** A red disc with an opaque white bar across it on a transparent background. */
    private static byte[] badgePng() {
        Mat bgra = new Mat(200, 200, CvType.CV_8UC4, new Scalar(0, 0, 0, 0));
        try {
            Imgproc.ellipse(bgra, new Point(100, 100), new Size(99, 99), 0, 0, 360, new Scalar(30, 30, 200, 255), -1);
            Imgproc.rectangle(bgra, new Point(93, 30), new Point(107, 170), new Scalar(255, 255, 255, 255), -1);
            return SyntheticImages.png(bgra);
        } finally {
            bgra.release();
        }
    }

    /** Three solid sails, a bold emblem with no texture inside, on a transparent background. */
    private static byte[] emblemPng() {
        Mat bgra = new Mat(200, 240, CvType.CV_8UC4, new Scalar(0, 0, 0, 0));
        try {
            for (int i = 0; i < 3; i++) {
                int x = 20 + 55 * i;
                MatOfPoint sail = new MatOfPoint(new Point(x, 180), new Point(x + 30 + 20 * i, 20 + 25 * (2 - i)),
                        new Point(x + 70 + 10 * i, 180));
                Imgproc.fillPoly(bgra, List.of(sail), new Scalar(30, 30, 30, 255));
                sail.release();
            }
            Imgproc.rectangle(bgra, new Point(10, 180), new Point(230, 195), new Scalar(30, 30, 30, 255), -1);
            return SyntheticImages.png(bgra);
        } finally {
            bgra.release();
        }
    }

    private static Listing listing(byte[] image) {
        String sha = STORE.put(image);
        return new Listing("L-1", "m-1", "tas", null, null, null, List.of("a.jpg"), List.of(), null,
                List.of(StoredImage.stored("a.jpg", sha)));
    }

    private static RightsHolderEntry entry(String id, String brand, byte[] logo) {
        Mark mark = new Mark(brand.toLowerCase() + "-logo", id, brand, MarkKind.FIGURATIVE, null, null, null, null, null,
                List.of(StoredImage.stored("logo.png", STORE.put(logo))));
        return new RightsHolderEntry(new RightsHolder(id, brand, null), List.of(mark), List.of(), Set.of(), null);
    }

    private static double overlap(Rect a, Rect b) {
        int x0 = Math.max(a.x, b.x), y0 = Math.max(a.y, b.y);
        int x1 = Math.min(a.x + a.width, b.x + b.width), y1 = Math.min(a.y + a.height, b.y + b.height);
        double inter = Math.max(0, x1 - x0) * (double) Math.max(0, y1 - y0);
        return inter / (a.area() + b.area() - inter);
    }
}
