package dev.genuine.image.pdq;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.store.FileImageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestRegistryFingerprints {
    @TempDir
    Path dir;

    @Test
    void hashesLogosThenPhotosOfTheKindsAskedForAndNamesWhatItCouldNotRead() throws Exception {
        FileImageStore store = new FileImageStore(dir.resolve("images"));
        String logo = store.put(TestPdqImageMatcher.png(41));
        String photo = store.put(TestPdqImageMatcher.png(42));
        Mark mark = new Mark("ossa-logo", "rh-ossa", "Ossa", MarkKind.FIGURATIVE, null, List.of(), List.of(), List.of(),
                null, List.of(StoredImage.stored("logo.png", logo), StoredImage.failed("old.png", "HTTP 404")));
        Mark word = new Mark("ossa-word", "rh-ossa", "Ossa", MarkKind.WORD, "Ossa", List.of(), List.of(), List.of(), null, List.of());
        var product = TestPdqImageMatcher.product("ossa-kettle", "rh-ossa", "Ossa", photo);
        var unread = TestPdqImageMatcher.product("ossa-mug", "rh-ossa", "Ossa", "f".repeat(64));
        Registry registry = new Registry(1, Instant.EPOCH, List.of(new RightsHolderEntry(
                new RightsHolder("rh-ossa", "Ossa", null), List.of(word, mark), List.of(product, unread), Set.of(), null)));
        PdqHashCache cache = new PdqHashCache(Optional.empty());

        RegistryFingerprints all = RegistryFingerprints.of(registry, store, cache, EnumSet.allOf(ImageMatchKind.class));

        assertEquals(List.of("ossa-logo", "ossa-kettle"), all.images().stream().map(RegistryFingerprints.Image::referenceId).toList());
        assertEquals(ImageMatchKind.LOGO, all.images().get(0).kind());
        assertEquals(new PdqHasher().hash(TestPdqImageMatcher.png(42), "photo"), all.images().get(1).original());
        assertEquals(1, all.skipped().size());
        assertTrue(all.skipped().get(0).startsWith("product ossa-mug image ossa-mug.png: "), all.skipped().toString());

        RegistryFingerprints logos = RegistryFingerprints.of(registry, store, cache, EnumSet.of(ImageMatchKind.LOGO));
        assertEquals(List.of(logo), logos.images().stream().map(RegistryFingerprints.Image::sha256).toList());
        assertEquals(List.of(), logos.skipped());
    }
}
