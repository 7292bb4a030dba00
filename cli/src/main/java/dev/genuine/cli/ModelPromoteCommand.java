package dev.genuine.cli;

import dev.genuine.models.scorer.ModelRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code genuine model promote VERSION}: makes a stored model the current one, which scans then use by default. */
@Command(name = "promote", description = "Make a stored model the current one (scans without --scorer then use it).")
final class ModelPromoteCommand extends BaseCommand {
    @Parameters(paramLabel = "VERSION", description = "a version listed by 'genuine model list'")
    String version;

    @Override
    protected int run() {
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
