package dev.genuine.ingest.image;

import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each listing image once into the {@link ImageStore}: loads the bytes ({@link ImageLoader}), checks the
 * header ({@link ImageHeaders}) and stores them by SHA-256. A bad image becomes {@link StoredImage#failed} with
 * its reason and never stops the feed. References already fetched in this run are not fetched again.
 */
public final class ImageFetcher {
    private static final int REMEMBERED = 50_000;

    private final ImageStore store;
    private final ImageLoader loader;
    private final Map<String, StoredImage> seen = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredImage> eldest) {
            return size() > REMEMBERED;
        }
    });

    public ImageFetcher(ImageStore store, ImageLimits limits) {
        this.store = store;
        this.loader = new ImageLoader(limits);
    }

    /** The listing with one {@link StoredImage} per image reference, in the feed's order. */
    public Listing fetch(Listing listing, Path feedFolder) {
        return fetch(listing, feedFolder, null);
    }

    /**
     * As {@link #fetch(Listing, Path)}, except that an {@code http(s):} image which {@code previous} (the stored
     * version of the listing, or null) already holds under the same URL is not downloaded again: a re-sent feed
     * costs no traffic, on the usual convention that an image URL names fixed content. Local files are re-read,
     * since they are cheap to read and may have been replaced in place.
     */
    public Listing fetch(Listing listing, Path feedFolder, Listing previous) {
        Map<String, String> known = new HashMap<>();
        if (previous != null) {
            for (StoredImage s : previous.storedImages()) {
                if (s.isStored() && ImageLoader.isHttp(s.source()) && store.contains(s.sha256())) known.put(s.source(), s.sha256());
            }
        }
        List<StoredImage> stored = new ArrayList<>(listing.images().size());
        for (String ref : listing.images()) {
            String sha = known.get(ref);
            stored.add(sha != null ? StoredImage.stored(ref, sha) : fetch(ref, feedFolder));
        }
        return listing.withStoredImages(stored);
    }


    /** One reference, stored or failed; a relative path is resolved against {@code baseFolder}. */
    public StoredImage fetch(String reference, Path baseFolder) {
        String key = cacheKey(reference, baseFolder);
        StoredImage known = seen.get(key);
        if (known != null) return known.isStored()
                ? StoredImage.stored(reference, known.sha256())
                : StoredImage.failed(reference, known.failure());
        StoredImage result;
        try {
            byte[] bytes = loader.load(reference, baseFolder);
            ImageHeaders.check(bytes, loader.limits());
            result = StoredImage.stored(reference, store.put(bytes));
        } catch (InvalidImageException e) {
            result = StoredImage.failed(reference, e.getMessage());
        } catch (IOException e) {
            // the store failed, not the image: not remembered, so the next listing using it tries again
            return StoredImage.failed(reference, "could not store the image: " + e.getMessage());
        }
        seen.put(key, result);
        return result;
    }

    /** The same file named from two feed folders is one key; a URL is its own key. */
    private static String cacheKey(String reference, Path baseFolder) {
        if (ImageLoader.isUrl(reference)) return reference;
        try {
            return ImageLoader.resolve(baseFolder.toAbsolutePath(), reference).normalize().toString();
        } catch (InvalidImageException e) {
            return reference;
        }
    }
}
