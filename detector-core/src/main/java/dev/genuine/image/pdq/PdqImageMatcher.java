package dev.genuine.image.pdq;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Registry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.hashindex.HashIndex;
import dev.genuine.image.hashindex.HashMatch;
import dev.genuine.image.hashindex.MultiIndexHashIndex;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds official product photos re-used whole in a listing: every registry product photo is indexed with
 * its eight rotations and mirrors, and each listing image is hashed once and looked up within
 * {@link PdqHash#MATCH_RADIUS}. This catches exact and near-exact copies (recompressed, resized, mirrored,
 * lightly brightened) cheaply; cropped or re-composed photos need the feature matcher. Thread-safe.
 *
 * <p>Strength falls linearly from 1.0 at distance 0 to 0.4 at distance 31. Random natural photos lie about 128
 * bits apart, but plain, low-texture product shots (one object on a flat backdrop) of different products can
 * come within 25-31 bits, so a match at the edge of the radius is a lead that needs corroboration, while a
 * near-exact copy (under ~10 bits) is strong evidence on its own. One match per (rights holder, product), the
 * nearest.
 */
public final class PdqImageMatcher implements ListingImageMatcher {
    public static final String METHOD = "pdq";
    /** The strength of a match at {@link PdqHash#MATCH_RADIUS}; distance 0 is 1.0. */
    public static final double EDGE_STRENGTH = 0.4;
    private static final ThreadLocal<PdqHasher> HASHER = ThreadLocal.withInitial(PdqHasher::new);

    private final HashIndex<PhotoHash> index;
    private final ImageStore store;
    private final List<String> skipped;

    private PdqImageMatcher(HashIndex<PhotoHash> index, ImageStore store, List<String> skipped) {
        this.index = index;
        this.store = store;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Indexes every stored photo of every product of the registry, hashes read from (and written to)
     * {@code cacheDir} when given. A photo that cannot be read or hashes below the quality floor is
     * left out and named in {@link #skipped()}.
     */
    public static PdqImageMatcher build(Registry registry, ImageStore store, Optional<Path> cacheDir) {
        RegistryFingerprints prints = RegistryFingerprints.of(registry, store, new PdqHashCache(cacheDir),
                Set.of(ImageMatchKind.PRODUCT_PHOTO));
        MultiIndexHashIndex<PhotoHash> index = new MultiIndexHashIndex<>();
        List<String> skipped = new ArrayList<>(prints.skipped());
        for (RegistryFingerprints.Image photo : prints.images()) {
            if (!photo.original().isMatchable()) {
                skipped.add("product " + photo.referenceId() + " image " + photo.source() + ": PDQ quality "
                        + photo.original().quality() + " is under " + PdqHash.MIN_MATCH_QUALITY);
                continue;
            }
            for (Dihedral variant : Dihedral.values()) {
                index.add(photo.hashes().get(variant), new PhotoHash(photo.referenceId(), photo.rightsHolderId(),
                        photo.brand(), photo.sha256(), variant));
            }
        }
        index.build();
        return new PdqImageMatcher(index, store, skipped);
    }

    /** The registry photos left out of the index, each with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    /** The number of indexed hashes: eight per usable registry photo. */
    public int size() {
        return index.size();
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        var shas = new LinkedHashSet<String>();
        for (StoredImage image : listing.storedImages()) if (image.isStored()) shas.add(image.sha256());
        Map<String, ImageMatch> best = new LinkedHashMap<>();
        for (String sha : shas) {
            for (ImageMatch m : matchImage(sha)) {
                best.merge(m.rightsHolderId() + "/" + m.referenceId(), m, (a, b) -> a.strength() >= b.strength() ? a : b);
            }
        }
        List<ImageMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(ImageMatch::strength).reversed());
        return out;
    }

    /**
     * The registry photos within the match radius of one stored image, nearest first; empty when it cannot
     * be read or decoded (ingest reports that) or its hash is of too low quality to match on.
     */
    public List<ImageMatch> matchImage(String sha256) {
        PdqHash hash;
        try {
            hash = HASHER.get().hash(store.read(sha256), sha256);
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        List<ImageMatch> out = new ArrayList<>();
        for (HashMatch<PhotoHash> hit : index.query(hash, PdqHash.MATCH_RADIUS)) {
            PhotoHash ref = hit.value();
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("distance", hit.distance());
            measures.put("variant", ref.variant().label());
            measures.put("quality", hash.quality());
            out.add(new ImageMatch(ImageMatchKind.PRODUCT_PHOTO, ref.rightsHolderId(), ref.brand(), ref.productId(),
                    sha256, ref.registrySha256(), METHOD, strength(hit.distance()), measures));
        }
        return out;
    }

    /** 1.0 at distance 0, {@link #EDGE_STRENGTH} at the match radius, linear between. */
    static double strength(int distance) {
        return 1.0 - (1.0 - EDGE_STRENGTH) * distance / PdqHash.MATCH_RADIUS;
    }
}
