package dev.genuine.image.pdq;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.features.SyntheticImages;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import dev.genuine.store.FileImageStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPdqImageMatcher {
    @TempDir
    static Path dir;
    static FileImageStore store;
    static String brisaleShoe;
    static String brisaleBag;
    static String corvinaWatch;
    static Registry registry;

    @BeforeAll
    static void seed() throws IOException {
        OpenCv.load();
        store = new FileImageStore(dir.resolve("images"));
        brisaleShoe = store.put(png(1));
        brisaleBag = store.put(png(2));
        corvinaWatch = store.put(png(3));
        registry = new Registry(1, Instant.EPOCH, List.of(
                entry("rh-brisale", "Brisale", product("p-shoe", "rh-brisale", "Brisale", brisaleShoe),
                        product("p-bag", "rh-brisale", "Brisale", brisaleBag)),
                entry("rh-corvina", "Corvina", product("p-watch", "rh-corvina", "Corvina", corvinaWatch))));
    }

    @Test
    void findsAnOfficialPhotoReusedMirroredAndRecompressed() throws IOException {
        PdqImageMatcher matcher = PdqImageMatcher.build(registry, store, Optional.empty());
        assertEquals(List.of(), matcher.skipped());
        assertEquals(3 * 8, matcher.size());
        Mat mirrored = shapes(2);
        Core.flip(mirrored, mirrored, 1);
        String listingImage;
        try {
            listingImage = store.put(SyntheticImages.jpeg(mirrored, 70));
        } finally {
            mirrored.release();
        }

        List<ImageMatch> found = matcher.match(listing(StoredImage.stored("a.jpg", listingImage)));

        assertEquals(1, found.size(), found.toString());
        ImageMatch m = found.get(0);
        assertEquals(ImageMatchKind.PRODUCT_PHOTO, m.kind());
        assertEquals("rh-brisale", m.rightsHolderId());
        assertEquals("Brisale", m.brand());
        assertEquals("p-bag", m.referenceId());
        assertEquals(listingImage, m.listingImageSha256());
        assertEquals(brisaleBag, m.referenceImageSha256());
        assertEquals("pdq", m.method());
        assertEquals("flipY", m.measures().get("variant"));
        int distance = (Integer) m.measures().get("distance");
        assertTrue(distance <= 16, "distance " + distance);
        assertEquals(PdqImageMatcher.strength(distance), m.strength(), 1e-9);
        assertTrue((Integer) m.measures().get("quality") >= PdqHash.MIN_MATCH_QUALITY);
    }

    @Test
    void anUnrelatedPhotoAndAFailedImageFindNothing() throws IOException {
        PdqImageMatcher matcher = PdqImageMatcher.build(registry, store, Optional.empty());
        String other = store.put(png(99));
        assertEquals(List.of(), matcher.match(listing(StoredImage.stored("b.png", other),
                StoredImage.failed("c.png", "HTTP 404"))));
    }

    @Test
    void theSamePhotoTwiceInAListingIsOneMatchTheNearest() throws IOException {
        PdqImageMatcher matcher = PdqImageMatcher.build(registry, store, Optional.empty());
        String exact = store.put(png(3));
        String recompressed = store.put(jpeg(3, 40));
        List<ImageMatch> found = matcher.match(listing(StoredImage.stored("r.jpg", recompressed),
                StoredImage.stored("e.png", exact)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(exact, found.get(0).listingImageSha256());
        assertEquals(0, found.get(0).measures().get("distance"));
        assertEquals(1.0, found.get(0).strength());
    }

    @Test
    void registryHashesAreReadBackFromTheCacheWithoutTheImages() throws IOException {
        Path images = dir.resolve("cached-images");
        FileImageStore own = new FileImageStore(images);
        String sha = own.put(png(4));
        Registry one = new Registry(2, Instant.EPOCH, List.of(
                entry("rh-tellam", "Tellam", product("p-lamp", "rh-tellam", "Tellam", sha))));
        Path cache = dir.resolve("cache");
        assertEquals(8, PdqImageMatcher.build(one, own, Optional.of(cache)).size());
        assertTrue(Files.isRegularFile(cache.resolve(sha + ".txt")));

        Files.delete(own.file(sha).orElseThrow());
        PdqImageMatcher again = PdqImageMatcher.build(one, own, Optional.of(cache));
        assertEquals(List.of(), again.skipped());
        assertEquals(8, again.size());

        Files.writeString(cache.resolve(sha + ".txt"), "not a hash list\n");
        PdqImageMatcher damaged = PdqImageMatcher.build(one, own, Optional.of(cache));
        assertEquals(0, damaged.size());
        assertEquals(1, damaged.skipped().size());
        assertTrue(damaged.skipped().get(0).startsWith("product p-lamp image "), damaged.skipped().toString());
    }

    @Test
    void aFlatRegistryPhotoIsSkippedForItsQuality() throws IOException {
        Mat flat = new Mat(200, 200, CvType.CV_8UC3, new Scalar(90, 90, 90));
        String sha = store.put(SyntheticImages.png(flat));
        flat.release();
        Registry one = new Registry(3, Instant.EPOCH, List.of(
                entry("rh-tellam", "Tellam", product("p-plain", "rh-tellam", "Tellam", sha))));
        PdqImageMatcher matcher = PdqImageMatcher.build(one, store, Optional.empty());
        assertEquals(0, matcher.size());
        assertTrue(matcher.skipped().get(0).startsWith("product p-plain image p-plain.png: PDQ quality "), matcher.skipped().toString());
    }

    @Test
    void listingsMatchedOnTwoThreadsAtOnceGiveTheSameMatches() throws Exception {
        PdqImageMatcher matcher = PdqImageMatcher.build(registry, store, Optional.empty());
        List<Listing> listings = new java.util.ArrayList<>();
        for (long seed : new long[] {1, 2, 3, 50, 51}) listings.add(listing(StoredImage.stored(seed + ".jpg", store.put(jpeg(seed, 60)))));
        List<List<ImageMatch>> alone = listings.stream().map(matcher::match).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                var futures = listings.stream().map(l -> pool.submit(() -> matcher.match(l))).toList();
                for (int i = 0; i < listings.size(); i++) assertEquals(alone.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, alone.stream().filter(m -> !m.isEmpty()).count());
    }

    @Test
    void strengthFallsFromOneToTheEdgeStrengthAtTheRadius() {
        assertEquals(1.0, PdqImageMatcher.strength(0), 1e-9);
        assertEquals(PdqImageMatcher.EDGE_STRENGTH, PdqImageMatcher.strength(PdqHash.MATCH_RADIUS), 1e-9);
        assertTrue(PdqImageMatcher.EDGE_STRENGTH < 0.5, "an edge match alone must not make a review");
        assertTrue(PdqImageMatcher.strength(10) > PdqImageMatcher.strength(20));
    }

    /** A busy picture of random filled shapes: high PDQ quality, and unrelated to another seed's. */
    static Mat shapes(long seed) {
        Random r = new Random(seed);
        Mat m = new Mat(300, 400, CvType.CV_8UC3, new Scalar(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        for (int i = 0; i < 25; i++) {
            Scalar colour = new Scalar(r.nextInt(256), r.nextInt(256), r.nextInt(256));
            Point a = new Point(r.nextInt(400), r.nextInt(300));
            if (r.nextBoolean()) {
                Imgproc.circle(m, a, 10 + r.nextInt(60), colour, -1);
            } else {
                Imgproc.rectangle(m, a, new Point(a.x + 20 + r.nextInt(120), a.y + 20 + r.nextInt(90)), colour, -1);
            }
        }
        return m;
    }

    static byte[] png(long seed) {
        Mat m = shapes(seed);
        try {
            return SyntheticImages.png(m);
        } finally {
            m.release();
        }
    }

    static byte[] jpeg(long seed, int quality) {
        Mat m = shapes(seed);
        try {
            return SyntheticImages.jpeg(m, quality);
        } finally {
            m.release();
        }
    }



    static Product product(String id, String holder, String brand, String sha) {
        return new Product(id, holder, brand, id + " name", "bags", new Money(100, "IDR"),
                List.of(StoredImage.stored(id + ".png", sha)));
    }

    static RightsHolderEntry entry(String id, String name, Product... products) {
        return new RightsHolderEntry(new RightsHolder(id, name, null), List.of(), List.of(products), Set.of(), null);
    }

    static Listing listing(StoredImage... images) {
        return new Listing("L-1", "m-1", "a bag", "", null, "bags", List.of(), List.of(), Instant.EPOCH, List.of(images));
    }
}
