package dev.genuine.models.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An embedding model a scan can use: its card and where its network is, a folder of a home's repository or,
 * when {@code folder} is empty, the model shipped on the classpath.
 */
public record EmbeddingModel(ModelCard card, Optional<Path> folder) {
    public EmbeddingModel {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(folder, "folder");
    }

    /** The model shipped in the models jar. */
    public static EmbeddingModel shipped() {
        return new EmbeddingModel(ModelCard.shipped(), Optional.empty());
    }

    public String version() {
        return card.version();
    }

    /** Loads the network; the caller closes the embedder. */
    public PhotoEmbedder load() throws IOException {
        return folder.isPresent() ? PhotoEmbedder.load(folder.get().resolve(EmbeddingRelease.MODEL_FILE)) : PhotoEmbedder.shipped();
    }
}
