package dev.genuine.models.embedding;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEmbeddingPhotoMatcher {
    private static final long PHOTOS = EmbeddingTrainer.HELD_OUT_SEED_BASE + 900_000;
    private static final SourcePhotoGenerator GENERATOR = new SourcePhotoGenerator();
    private static final MemoryImageStore STORE = new MemoryImageStore();
    private static final String VERSION = ModelCard.shipped().version();
    private static PhotoEmbedder embedder;
    private static Registry registry;
    private static EmbeddingPhotoMatcher matcher;

    @BeforeAll
    static void build() throws IOException {
        embedder = PhotoEmbedder.shipped();
        registry = new Registry(1, Instant.EPOCH, List.of(holder("rh-velora", "Velora", 0), holder("rh-kandri", "Kandri", 3)));
        matcher = EmbeddingPhotoMatcher.build(registry, STORE, embedder, VERSION, ModelCard.shipped().similarityThreshold(), Optional.empty());
    }

    @AfterAll
    static void close() throws IOException {
        matcher.close();
        embedder.close();
    }

    @Test
    void findsAnEditedOfficialPhoto() {
        BufferedImage edited = PhotoEdits.jpeg(PhotoEdits.mirror(PhotoEdits.colourShift(GENERATOR.generate(PHOTOS + 4), 0.2, new SplittableRandom(1))), 60);
        List<ImageMatch> matches = matcher.match(listing(store(edited)));
        assertTrue(!matches.isEmpty(), "an edited official photo was not found");
        ImageMatch best = matches.get(0);
        assertEquals(ImageMatchKind.PRODUCT_PHOTO, best.kind());
        assertEquals("p1", best.referenceId());
        assertEquals("rh-kandri", best.rightsHolderId());
        assertEquals(EmbeddingPhotoMatcher.METHOD, best.method());
        assertEquals(store(GENERATOR.generate(PHOTOS + 4)), best.referenceImageSha256());
        double similarity = (double) best.measures().get("similarity");
        assertTrue(similarity >= ModelCard.shipped().similarityThreshold());
        assertTrue(best.strength() >= 0.5 && best.strength() <= 1.0);
        assertEquals(VERSION, best.measures().get("model"));
    }

    @Test
    void cachedRegistryEmbeddingsStandInForTheRegistryPhotos(@TempDir Path dir) throws IOException {
        EmbeddingCache cache = new EmbeddingCache(EmbeddingCache.folderOf(dir, VERSION));
        try (EmbeddingPhotoMatcher filling = EmbeddingPhotoMatcher.build(registry, STORE, embedder, VERSION, 0.9, Optional.of(cache))) {
            assertTrue(filling.problems().isEmpty(), filling.problems().toString());
        }
        try (var files = Files.list(dir.resolve("cache/embedding").resolve(VERSION))) {
            assertEquals(6, files.filter(f -> f.toString().endsWith(".f32")).count());
        }
        // A store holding only the listing's photo: every registry vector must come from the cache.
        MemoryImageStore listingOnly = new MemoryImageStore();
        String listingSha = listingOnly.put(jpegBytes(PhotoEdits.jpeg(GENERATOR.generate(PHOTOS + 1), 70)));
        try (EmbeddingPhotoMatcher cached = EmbeddingPhotoMatcher.build(registry, listingOnly, embedder, VERSION, 0.9, Optional.of(cache))) {
            assertTrue(cached.problems().isEmpty(), cached.problems().toString());
            ImageMatch best = cached.match(listing(listingSha)).get(0);
            assertEquals("rh-velora", best.rightsHolderId());
            assertEquals("p1", best.referenceId());
        }
    }

    @Test
    void anUnrelatedPhotoMatchesNothing() {
        assertEquals(List.of(), matcher.match(listing(store(GENERATOR.generate(PHOTOS + 400)))));
    }

    @Test
    void unreadableAndMissingImagesAreSkipped() {
        String notAnImage = STORE.put("not a picture".getBytes(StandardCharsets.UTF_8));
        Listing listing = listing(notAnImage).withStoredImages(List.of(StoredImage.stored("a.jpg", notAnImage),
                StoredImage.failed("b.jpg", "HTTP 404"), StoredImage.stored("c.jpg", "0".repeat(64))));
        assertEquals(List.of(), matcher.match(listing));
        assertTrue(matcher.problems().isEmpty());
    }

    private static RightsHolderEntry holder(String id, String brand, int firstPhoto) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sha = store(GENERATOR.generate(PHOTOS + firstPhoto + i));
            // Both holders use the same product ids: the matcher must still tell them apart.
            products.add(new Product("p" + i, id, brand, brand + " item " + i, "bags",
                    new Money(500_000, "IDR"), List.of(StoredImage.stored("products/p" + i + ".jpg", sha))));
        }
        return new RightsHolderEntry(new RightsHolder(id, brand + " Ltd", null), List.of(), products, Set.of(), "0".repeat(64));
    }

    private static Listing listing(String imageSha) {
        return new Listing("L-1", "m-1", "Tas wanita", "", new Money(90_000, "IDR"), "bags", List.of("img/1.jpg"),
                List.of(), Instant.EPOCH, List.of(StoredImage.stored("img/1.jpg", imageSha)));
    }

    private static String store(BufferedImage img) {
        return STORE.put(jpegBytes(img));
    }

    private static byte[] jpegBytes(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
