package dev.genuine.image.features;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestReferenceIndexBuilder {
    private static final MemoryImageStore STORE = new MemoryImageStore();
    private static Registry registry;

    @BeforeAll
    static void registry() {
        OpenCv.load();
        Mat photo = SyntheticImages.busyBackground(200, 160, 4);
        String photoSha = STORE.put(SyntheticImages.jpeg(photo, 90));
        photo.release();
        String broken = STORE.put("not an image".getBytes());
        Mark logo = new Mark("vantor-logo", "rh-vantor", "Vantor", MarkKind.FIGURATIVE, null, null, null, null, null,
                List.of(StoredImage.stored("logo.png", STORE.put(SyntheticImages.logoPng("VANT", 5)))));
        Mark word = new Mark("vantor-word", "rh-vantor", "Vantor", MarkKind.WORD, "Vantor", null, null, null, null, null);
        Product product = new Product("vantor-kettle", "rh-vantor", "Vantor", "Kettle", null, null,
                List.of(StoredImage.stored("kettle.jpg", photoSha), StoredImage.stored("bad.jpg", broken),
                        StoredImage.failed("gone.jpg", "404")));
        registry = new Registry(2, Instant.EPOCH, List.of(new RightsHolderEntry(new RightsHolder("rh-vantor", "Vantor", null),
                List.of(logo, word), List.of(product), Set.of(), null)));
    }

    @Test
    void indexesEachLogoAtEachSizeAsIsAndInvertedAndEachPhotoAsIsAndMirrored() {
        var build = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.empty()).build(registry, STORE);
        try (ReferenceIndex index = build.index()) {
            List<Reference> refs = index.references();
            int sides = FeatureSettings.DEFAULT.logoSides().size();
            assertEquals(2 * sides, refs.stream().filter(r -> r.kind() == ImageMatchKind.LOGO).count());
            assertEquals(List.of(Variant.ORIGINAL, Variant.MIRRORED), refs.stream()
                    .filter(r -> r.kind() == ImageMatchKind.PRODUCT_PHOTO).map(Reference::variant).toList());
            Reference logo = refs.get(0);
            assertTrue(logo.outline().w() < logo.width() && logo.outline().x() > 0, "outline " + logo.outline());
            assertEquals(1, build.skipped().size());
            assertTrue(build.skipped().get(0).startsWith("product vantor-kettle image bad.jpg: "), build.skipped().get(0));
        }
    }

    @Test
    void aSecondBuildReadsTheCachedFeatures(@TempDir Path dir) throws IOException {
        var builder = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.of(new FeatureCache(dir)));
        try (ReferenceIndex first = builder.build(registry, STORE).index();
             ReferenceIndex second = builder.build(registry, STORE).index()) {
            try (var files = Files.list(dir)) {
                assertEquals(first.references().size(), files.count());
            }
            assertEquals(first.references(), second.references());
            assertEquals(first.descriptorCount(), second.descriptorCount());
            assertTrue(first.descriptorCount() > 0);
        }
    }
}
