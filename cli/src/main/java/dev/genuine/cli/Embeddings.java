package dev.genuine.cli;

import dev.genuine.models.embedding.EmbeddingCache;
import dev.genuine.models.embedding.EmbeddingMatcherFactory;
import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.embedding.EmbeddingRepository;
import dev.genuine.models.runtime.NativeThreads;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The home's photo embedding models ({@code home/models/embeddings/}) and the matcher factory a scan with
 * {@code --embedding} uses: the promoted model, else the one shipped in the jar, with the registry's photo
 * embeddings cached under {@code home/cache/embedding/<version>/}.
 */
final class Embeddings {
    static final String FOLDER = "embeddings";

    private Embeddings() {}

    static EmbeddingRepository repository(Path home) {
        return new EmbeddingRepository(home.resolve(Scorers.MODELS_FOLDER).resolve(FOLDER));
    }

    static EmbeddingMatcherFactory factory(Path home) {
        NativeThreads.single();
        EmbeddingModel model;
        try {
            model = repository(home).current();
        } catch (RuntimeException e) {
            throw new ExitException(BaseCommand.EXIT_FAILED, "cannot read the embedding model: " + e.getMessage(), e);
        }
        return new EmbeddingMatcherFactory(model, Optional.of(new EmbeddingCache(EmbeddingCache.folderOf(home, model.version()))));
    }
}
