package dev.genuine.cli;

import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.embedding.EmbeddingRepository;
import dev.genuine.models.scorer.ModelRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code genuine model promote VERSION}: makes a stored model the current one: a scorer, which scans then use by
 * default, or a photo embedding, which scans with --embedding then use.
 */
@Command(name = "promote", description = "Make a stored model the current one (a scorer: scans without --scorer then use it; "
        + "a photo embedding: scans with --embedding then use it).")
final class ModelPromoteCommand extends BaseCommand {
    @Parameters(paramLabel = "VERSION", description = "a version listed by 'genuine model list'")
    String version;

    @Override
    protected int run() {
        EmbeddingRepository embeddings = Embeddings.repository(home.path());
        if (embeddings.versions().contains(version)) {
            String before = embeddings.currentVersion().orElse("none (shipped " + EmbeddingModel.shipped().version() + ")");
            embeddings.promote(version);
            out().println("current embedding model: " + version + " (was " + before + "); scans with --embedding now use it");
            return EXIT_OK;
        }
        ModelRepository models = Scorers.repository(home.path());
        String before = models.currentVersion().orElse("none (shipped model, transparent scorer by default)");
        try {
            models.promote(version);
        } catch (IllegalArgumentException e) {
            throw new ExitException(EXIT_FAILED, e.getMessage());
        }
        out().println("current model: " + version + " (was " + before + "); scans without --scorer now use it");
        return EXIT_OK;
    }
}
