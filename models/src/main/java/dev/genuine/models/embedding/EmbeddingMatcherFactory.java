package dev.genuine.models.embedding;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatcherFactory;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Opens {@link EmbeddingPhotoMatcher}s for scans: loads the model's network, indexes the registry's product
 * photos (their embeddings read from, and added to, the cache when one is given) and closes both with the matcher.
 */
public final class EmbeddingMatcherFactory implements ImageMatcherFactory {
    private final EmbeddingModel model;
    private final Optional<EmbeddingCache> cache;

    public EmbeddingMatcherFactory(EmbeddingModel model, Optional<EmbeddingCache> cache) {
        this.model = model;
        this.cache = cache;
    }

    public EmbeddingModel model() {
        return model;
    }

    @Override
    public Opened open(Registry registry, ImageStore images) {
        PhotoEmbedder embedder;
        try {
            embedder = model.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load embedding model " + model.version() + ": " + e.getMessage(), e);
        }
        try {
            EmbeddingPhotoMatcher matcher = EmbeddingPhotoMatcher.build(registry, images, embedder, model.version(),
                    model.card().similarityThreshold(), cache);
            return new OpenedMatcher(matcher, embedder);
        } catch (IOException e) {
            embedder.close();
            throw new UncheckedIOException("cannot index the registry photos with embedding model " + model.version() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            embedder.close();
            throw e;
        }
    }

    /** The matcher and the embedder it uses, closed together. */
    private record OpenedMatcher(EmbeddingPhotoMatcher matcher, PhotoEmbedder embedder) implements Opened {
        @Override
        public List<ImageMatch> match(Listing listing) {
            return matcher.match(listing);
        }

        @Override
        public void close() {
            try {
                matcher.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the embedding index: " + e.getMessage(), e);
            } finally {
                embedder.close();
            }
        }
    }
}
