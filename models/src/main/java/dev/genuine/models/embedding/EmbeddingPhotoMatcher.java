package dev.genuine.models.embedding;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.store.ImageStore;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds re-used official product photos by embedding nearest neighbour: the registry's product photos
 * and their mirror images are embedded once into an {@link EmbeddingIndex}; a listing image matches the
 * nearest product whose similarity reaches the threshold. Thread-safe.
 */
public final class EmbeddingPhotoMatcher implements ListingImageMatcher, AutoCloseable {
    /** How this matcher names itself in evidence. */
    public static final String METHOD = "embedding";
    private static final int NEIGHBOURS = 4;

    private final ImageStore store;
    private final PhotoEmbedder embedder;
    private final EmbeddingIndex index;
    private final Map<String, Product> products;
    private final String modelVersion;
    private final double threshold;
    private final List<String> problems;

    private EmbeddingPhotoMatcher(ImageStore store, PhotoEmbedder embedder, EmbeddingIndex index, Map<String, Product> products,
                                  String modelVersion, double threshold, List<String> problems) {
        this.store = store;
        this.embedder = embedder;
        this.index = index;
        this.products = products;
        this.modelVersion = modelVersion;
        this.threshold = threshold;
        this.problems = List.copyOf(problems);
    }

    /**
     * Indexes every stored product photo of {@code registry} (and its mirror image) read from {@code store}, taking
     * the embeddings from {@code cache} when it has them and adding the ones it lacks. A photo that cannot be read
     * is left out and named in {@link #problems()}.
     *
     * @param modelVersion the embedder's model version, named in every match's measures as {@code model}
     * @param threshold    the cosine similarity a match must reach, e.g. {@link ModelCard#similarityThreshold()}
     */
    public static EmbeddingPhotoMatcher build(Registry registry, ImageStore store, PhotoEmbedder embedder, String modelVersion,
                                              double threshold, Optional<EmbeddingCache> cache) throws IOException {
        Map<String, Product> products = new HashMap<>();
        List<String> problems = new ArrayList<>();
        EmbeddingIndex index = EmbeddingIndex.inMemory();
        List<BufferedImage> photos = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        for (Product product : registry.products()) {
            // Product ids are unique per rights holder only, so the index keys on both.
            String key = product.rightsHolderId() + "/" + product.id();
            products.put(key, product);
            for (StoredImage image : product.images()) {
                if (!image.isStored()) continue;
                Optional<float[][]> cached = cache.flatMap(c -> c.get(image.sha256()));
                if (cached.isPresent()) {
                    index.add(key, image.sha256(), cached.get()[0]);
                    index.add(key, image.sha256(), cached.get()[1]);
                    continue;
                }
                BufferedImage photo = decode(store, image.sha256());
                if (photo == null) {
                    problems.add("product " + product.id() + ": image " + image.source() + " (" + image.sha256() + ") is not a readable image");
                    continue;
                }
                photos.add(photo);
                photos.add(PhotoEdits.mirror(photo));
                keys.add(new String[]{key, image.sha256()});
                if (photos.size() >= PhotoEmbedder.BATCH) {
                    addAll(index, embedder, photos, keys, cache);
                }
            }
        }
        addAll(index, embedder, photos, keys, cache);
        index.build();
        return new EmbeddingPhotoMatcher(store, embedder, index, products, modelVersion, threshold, problems);
    }

    /** Embeds the pending photos (each followed by its mirror), indexes and caches them and clears the lists: memory stays one batch. */
    private static void addAll(EmbeddingIndex index, PhotoEmbedder embedder, List<BufferedImage> photos, List<String[]> keys,
                               Optional<EmbeddingCache> cache) throws IOException {
        float[][] vectors = embedder.embed(photos);
        for (int i = 0; i < keys.size(); i++) {
            index.add(keys.get(i)[0], keys.get(i)[1], vectors[2 * i]);
            index.add(keys.get(i)[0], keys.get(i)[1], vectors[2 * i + 1]);
            if (cache.isPresent()) cache.get().put(keys.get(i)[1], vectors[2 * i], vectors[2 * i + 1]);
        }
        photos.clear();
        keys.clear();
    }

    /** Registry photos left out of the index, and why. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        List<String> shas = new ArrayList<>();
        List<BufferedImage> photos = new ArrayList<>();
        for (StoredImage image : listing.storedImages()) {
            // An unreadable listing image is left out; the listing is scored on what it has.
            if (!image.isStored()) continue;
            BufferedImage photo = decode(store, image.sha256());
            if (photo != null) {
                shas.add(image.sha256());
                photos.add(photo);
            }
        }
        if (photos.isEmpty()) return List.of();
        float[][] vectors = embedder.embed(photos);
        List<ImageMatch> matches = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            matches.addAll(matchesFor(shas.get(i), vectors[i]));
        }
        matches.sort(Comparator.comparingDouble(ImageMatch::strength).reversed());
        return matches;
    }

    /** The best neighbour per product (an original and its mirror are one product) at or above the threshold. */
    private List<ImageMatch> matchesFor(String listingSha, float[] vector) {
        List<EmbeddingIndex.Neighbour> neighbours;
        try {
            neighbours = index.nearest(vector, NEIGHBOURS);
        } catch (IOException e) {
            throw new UncheckedIOException("embedding index search failed", e);
        }
        Map<String, EmbeddingIndex.Neighbour> best = new LinkedHashMap<>();
        for (EmbeddingIndex.Neighbour n : neighbours) {
            if (n.similarity() >= threshold) best.putIfAbsent(n.referenceId(), n);
        }
        List<ImageMatch> out = new ArrayList<>();
        for (EmbeddingIndex.Neighbour n : best.values()) {
            Product product = products.get(n.referenceId());
            out.add(new ImageMatch(ImageMatchKind.PRODUCT_PHOTO, product.rightsHolderId(), product.brand(), product.id(),
                    listingSha, n.sha256(), METHOD, strength(n.similarity()), Map.of("similarity", n.similarity(), "model", modelVersion)));
        }
        return out;
    }

    /** 0.5 at the threshold rising linearly to 1 at identical embeddings: passing the threshold is already evidence. */
    double strength(double similarity) {
        double above = (similarity - threshold) / (1 - threshold);
        return 0.5 + 0.5 * Math.max(0, Math.min(1, above));
    }

    /** The decoded image, or null when the store cannot give it or it is not an image ImageIO reads. */
    private static BufferedImage decode(ImageStore store, String sha256) {
        try {
            return ImageIO.read(new ByteArrayInputStream(store.read(sha256)));
        } catch (IOException | RuntimeException e) {
            // ImageIO's decoders throw unchecked exceptions on some corrupt files; treat them like unreadable ones.
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
