package dev.genuine.image.features;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.store.ImageStore;
import org.opencv.core.Mat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ReferenceIndex} of a registry version: every figurative mark image (as a silhouette and
 * inverted) and every product photo (as is and mirrored). Unreadable images are skipped and reported.
 */
public final class ReferenceIndexBuilder {
    private final FeatureExtractor extractor;
    private final FeatureSettings settings;
    private final Optional<FeatureCache> cache;

    /** A builder whose features are cached in {@code cache} when present. */
    public ReferenceIndexBuilder(FeatureSettings settings, Optional<FeatureCache> cache) {
        this.settings = settings;
        this.extractor = settings.referenceExtractor();
        this.cache = cache;
    }

    /** The index and the registry images that could not be used, each with the reason. */
    public record Build(ReferenceIndex index, List<String> skipped) {
        public Build {
            skipped = List.copyOf(skipped);
        }
    }

    public Build build(Registry registry, ImageStore store) {
        List<Reference> refs = new ArrayList<>();
        List<Features> feats = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Mark mark : registry.marks()) {
            if (mark.kind() != MarkKind.FIGURATIVE) continue;
            for (StoredImage image : mark.images()) {
                if (!image.isStored()) continue;
                try {
                    addLogo(mark, image.sha256(), store.read(image.sha256()), refs, feats);
                } catch (IOException | IllegalArgumentException e) {
                    skipped.add("mark " + mark.id() + " image " + image.source() + ": " + e.getMessage());
                }
            }
        }
        for (Product product : registry.products()) {
            for (StoredImage image : product.images()) {
                if (!image.isStored()) continue;
                try {
                    addPhoto(product, image.sha256(), store.read(image.sha256()), refs, feats);
                } catch (IOException | IllegalArgumentException e) {
                    skipped.add("product " + product.id() + " image " + image.source() + ": " + e.getMessage());
                }
            }
        }
        return new Build(new ReferenceIndex(refs, feats), skipped);
    }

    private void addLogo(Mark mark, String sha, byte[] bytes, List<Reference> refs, List<Features> feats) {
        for (int side : settings.logoSides()) {
            Mat logo = ImagePreparation.logo(bytes, side);
            try {
                Box outline = ImagePreparation.inkBox(logo);
                for (Variant v : List.of(Variant.ORIGINAL, Variant.INVERTED)) {
                    refs.add(new Reference(ImageMatchKind.LOGO, mark.rightsHolderId(), mark.brand(), mark.id(), sha, v,
                            logo.cols(), logo.rows(), outline));
                    feats.add(features(sha, v, side, logo));
                }
            } finally {
                logo.release();
            }
        }
    }

    private void addPhoto(Product product, String sha, byte[] bytes, List<Reference> refs, List<Features> feats) {
        Mat photo = ImagePreparation.grey(bytes, settings.maxSide());
        try {
            Box outline = new Box(0, 0, photo.cols(), photo.rows());
            for (Variant v : List.of(Variant.ORIGINAL, Variant.MIRRORED)) {
                refs.add(new Reference(ImageMatchKind.PRODUCT_PHOTO, product.rightsHolderId(), product.brand(),
                        product.id(), sha, v, photo.cols(), photo.rows(), outline));
                feats.add(features(sha, v, settings.maxSide(), photo));
            }
        } finally {
            photo.release();
        }
    }

    private Features features(String sha, Variant variant, int side, Mat base) {
        return cache.map(c -> c.get(sha, variant, settings.cacheKey(side), () -> compute(variant, base)))
                .orElseGet(() -> compute(variant, base));
    }

    private Features compute(Variant variant, Mat base) {
        if (variant == Variant.ORIGINAL) return extractor.extract(base);
        Mat changed = variant == Variant.INVERTED ? ImagePreparation.inverted(base) : ImagePreparation.mirrored(base);
        try {
            return extractor.extract(changed);
        } finally {
            changed.release();
        }
    }
}
