package dev.genuine.image.pdq;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The PDQ hashes (all eight rotations and mirrors) of a registry version's logos and product photos, what
 * registry import computes once and the matcher and hash-list export read back through the cache.
 */
public record RegistryFingerprints(List<Image> images, List<String> skipped) {
    public RegistryFingerprints {
        images = List.copyOf(images);
        skipped = List.copyOf(skipped);
    }

    /**
     * One stored registry image: a logo of a figurative mark or a photo of a product, with its hashes.
     *
     * @param source where the registry file said the image came from, for messages
     */
    public record Image(ImageMatchKind kind, String rightsHolderId, String brand, String referenceId, String source,
                        String sha256, Map<Dihedral, PdqHash> hashes) {
        public Image {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sha256, "sha256");
            hashes = Map.copyOf(hashes);
            if (hashes.size() != Dihedral.values().length) throw new IllegalArgumentException("eight hashes needed");
        }

        /** The hash of the image as it is. */
        public PdqHash original() {
            return hashes.get(Dihedral.ORIGINAL);
        }
    }

    /**
     * Hashes (or reads from {@code cache}) every stored image of the given kinds, logos first, in registry
     * order; an image the store does not hold or that does not decode is named in {@link #skipped()}.
     */
    public static RegistryFingerprints of(Registry registry, ImageStore store, PdqHashCache cache, Set<ImageMatchKind> kinds) {
        List<Image> images = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (kinds.contains(ImageMatchKind.LOGO)) {
            for (Mark mark : registry.marks()) {
                if (mark.kind() != MarkKind.FIGURATIVE) continue;
                for (StoredImage image : mark.images()) {
                    add(ImageMatchKind.LOGO, mark.rightsHolderId(), mark.brand(), mark.id(), image, store, cache,
                            images, skipped, "mark ");
                }
            }
        }
        if (kinds.contains(ImageMatchKind.PRODUCT_PHOTO)) {
            for (Product product : registry.products()) {
                for (StoredImage image : product.images()) {
                    add(ImageMatchKind.PRODUCT_PHOTO, product.rightsHolderId(), product.brand(), product.id(), image,
                            store, cache, images, skipped, "product ");
                }
            }
        }
        return new RegistryFingerprints(images, skipped);
    }

    private static void add(ImageMatchKind kind, String holder, String brand, String id, StoredImage image, ImageStore store,
                            PdqHashCache cache, List<Image> images, List<String> skipped, String what) {
        if (!image.isStored()) return;
        try {
            images.add(new Image(kind, holder, brand, id, image.source(), image.sha256(), cache.dihedral(image.sha256(), store)));
        } catch (IOException | IllegalArgumentException e) {
            skipped.add(what + id + " image " + image.source() + ": " + e.getMessage());
        }
    }
}
