package dev.genuine.cli;

import dev.genuine.models.runtime.NativeThreads;
import dev.genuine.models.scorer.MlpScorer;
import dev.genuine.models.scorer.ModelRepository;
import dev.genuine.score.Scorer;
import dev.genuine.score.TransparentScorer;

import java.nio.file.Path;

/**
 * Picks the scorer a scan uses by name: "transparent" (the hand-weighted scorer), "mlp" or "model" (the home's
 * current learned model: the promoted one, else the one shipped in the jar). With no name, the promoted model
 * if the home has promoted one, else the transparent scorer: a learned model becomes the default only by a
 * deliberate {@code genuine model promote}.
 */
final class Scorers {
    static final String MODELS_FOLDER = "models";

    private Scorers() {}

    static Scorer choose(String name, Path home) {
        ModelRepository models = repository(home);
        if (name == null) {
            return models.currentVersion().isPresent() ? model(models) : new TransparentScorer();
        }
        if (name.equals(TransparentScorer.NAME)) return new TransparentScorer();
        if (name.equals(MlpScorer.NAME) || name.equals("model")) return model(models);
        throw new ExitException(BaseCommand.EXIT_USAGE, "unknown scorer '" + name + "' (known: " + TransparentScorer.NAME
                + ", " + MlpScorer.NAME + ", model)");
    }

    static ModelRepository repository(Path home) {
        return new ModelRepository(home.resolve(MODELS_FOLDER));
    }

    private static Scorer model(ModelRepository models) {
        NativeThreads.single();
        try {
            return models.current();
        } catch (RuntimeException e) {
            throw new ExitException(BaseCommand.EXIT_FAILED, "cannot load the scorer model: " + e.getMessage(), e);
        }
    }
}
