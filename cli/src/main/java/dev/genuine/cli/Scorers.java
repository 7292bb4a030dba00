package dev.genuine.cli;

import dev.genuine.score.Scorer;
import dev.genuine.score.TransparentScorer;

import java.nio.file.Path;

/** Picks the scorer a scan uses by name. */
final class Scorers {
    private Scorers() {}

    static Scorer choose(String name, Path home) {
        if (name == null || name.equals(TransparentScorer.NAME)) return new TransparentScorer();
        throw new ExitException(BaseCommand.EXIT_USAGE, "unknown scorer '" + name + "' (known: " + TransparentScorer.NAME + ")");
    }
}
