package dev.genuine.image.features;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestFeatureImageMatcher {
    private static final MemoryImageStore STORE = new MemoryImageStore();
    private static Mat zorvexPhoto;
    private static Mat quillPhoto;
    private static ReferenceIndex index;
    private static FeatureImageMatcher matcher;

    @BeforeAll
    static void buildIndex() {
        OpenCv.load();
        zorvexPhoto = SyntheticImages.busyBackground(320, 320, 11);
        quillPhoto = SyntheticImages.busyBackground(320, 320, 12);
        Registry registry = new Registry(3, Instant.EPOCH, List.of(
                entry("rh-zorvex", "Zorvex", SyntheticImages.logoPng("ZORV", 1), zorvexPhoto),
                entry("rh-quillmoor", "Quillmoor", SyntheticImages.logoPng("QUIL", 2), quillPhoto)));
        var build = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.empty()).build(registry, STORE);
        assertEquals(List.of(), build.skipped());
        index = build.index();
        matcher = new FeatureImageMatcher(index, STORE, FeatureSettings.DEFAULT, MatchThresholds.DEFAULT);
    }

    @AfterAll
    static void release() {
        index.close();
        zorvexPhoto.release();
        quillPhoto.release();
    }

    @Test
    void findsALogoPastedAtAQuarterWidthRotatedOnABusyBackground() {
        Mat photo = SyntheticImages.busyBackground(400, 300, 99);
        try {
            Rect truth = SyntheticImages.paste(photo, SyntheticImages.logoPng("ZORV", 1), 0.25, 5, 230, 140,
                    new Scalar(30, 30, 160));
            List<ImageMatch> matches = matcher.match(listing(SyntheticImages.jpeg(photo, 85)));
            ImageMatch logo = matches.stream().filter(m -> m.kind() == ImageMatchKind.LOGO).findFirst().orElseThrow();
            assertEquals("rh-zorvex", logo.rightsHolderId());
            assertEquals("zorvex-logo", logo.referenceId());
            assertEquals(FeatureImageMatcher.LOGO_METHOD, logo.method());
            assertTrue(logo.strength() >= 0.5 && logo.strength() <= 1, "strength " + logo.strength());
            Map<?, ?> box = (Map<?, ?>) logo.measures().get("box");
            Rect found = new Rect((int) box.get("x"), (int) box.get("y"), (int) box.get("w"), (int) box.get("h"));
            assertTrue(overlap(found, truth) > 0.6, "box " + found + " vs pasted " + truth);
            assertTrue(matches.stream().noneMatch(m -> m.rightsHolderId().equals("rh-quillmoor")));
        } finally {
            photo.release();
        }
    }

    @Test
    void aPhotoWithoutALogoMatchesNothing() {
        Mat photo = SyntheticImages.busyBackground(400, 300, 100);
        try {
            assertEquals(List.of(), matcher.match(listing(SyntheticImages.jpeg(photo, 85))));
        } finally {
            photo.release();
        }
    }

    @Test
    void findsAProductPhotoReusedMirroredCroppedAndRecompressed() {
        List<ImageMatch> matches = matcher.match(listing(SyntheticImages.reused(quillPhoto, 0.15)));
        ImageMatch photo = matches.stream().filter(m -> m.kind() == ImageMatchKind.PRODUCT_PHOTO).findFirst().orElseThrow();
        assertEquals("rh-quillmoor", photo.rightsHolderId());
        assertEquals("quillmoor-bag", photo.referenceId());
        assertEquals(true, photo.measures().get("mirrored"));
        assertEquals(FeatureImageMatcher.PHOTO_METHOD, photo.method());
        assertEquals(STORE.put(SyntheticImages.jpeg(quillPhoto, 95)), photo.referenceImageSha256());
        assertTrue(matches.stream().noneMatch(m -> m.rightsHolderId().equals("rh-zorvex")));
    }

    @Test
    void twoThreadsMatchingAtOnceGetTheSameAnswersAsOne() throws Exception {
        Listing reuse = listing(SyntheticImages.reused(zorvexPhoto, 0.1));
        List<ImageMatch> expected = matcher.match(reuse);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<ImageMatch>>>();
            for (int i = 0; i < 8; i++) futures.add(pool.submit(() -> matcher.match(reuse)));
            for (var f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
        assertTrue(!expected.isEmpty());
    }

    @Test
    void anUndecodableImageGivesNoMatchesRatherThanAnError() {
        assertEquals(List.of(), matcher.match(listing("not an image".getBytes())));
    }

    private static Listing listing(byte[] image) {
        String sha = STORE.put(image);
        return new Listing("L-1", "m-1", "tas", null, null, null, List.of("a.jpg"), List.of(), null,
                List.of(StoredImage.stored("a.jpg", sha)));
    }

    private static RightsHolderEntry entry(String id, String brand, byte[] logo, Mat photo) {
        String slug = brand.toLowerCase();
        Mark mark = new Mark(slug + "-logo", id, brand, MarkKind.FIGURATIVE, null, null, null, null, null,
                List.of(StoredImage.stored("logo.png", STORE.put(logo))));
        Product product = new Product(slug + "-bag", id, brand, brand + " bag", "bags", null,
                List.of(StoredImage.stored("bag.jpg", STORE.put(SyntheticImages.jpeg(photo, 95)))));
        return new RightsHolderEntry(new RightsHolder(id, brand, null), List.of(mark), List.of(product), Set.of(), null);
    }

    /** Intersection over union. */
    private static double overlap(Rect a, Rect b) {
        int x0 = Math.max(a.x, b.x), y0 = Math.max(a.y, b.y);
        int x1 = Math.min(a.x + a.width, b.x + b.width), y1 = Math.min(a.y + a.height, b.y + b.height);
        double inter = Math.max(0, x1 - x0) * (double) Math.max(0, y1 - y0);
        return inter / (a.area() + b.area() - inter);
    }
}
