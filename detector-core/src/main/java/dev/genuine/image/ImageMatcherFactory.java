package dev.genuine.image;

import dev.genuine.domain.Registry;
import dev.genuine.store.ImageStore;

/**
 * Opens an extra image matcher for a registry version, e.g. a learned photo embedding that lives in a module
 * detector-core cannot depend on. Whoever opens a matcher closes it.
 */
public interface ImageMatcherFactory {
    /** A matcher for {@code registry}'s images, read from {@code images}; ready to match when returned. */
    Opened open(Registry registry, ImageStore images);

    /** A matcher holding resources (a model, an index) until closed. */
    interface Opened extends ListingImageMatcher, AutoCloseable {
        @Override
        void close();
    }
}
