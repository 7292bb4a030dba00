package dev.genuine.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --home DIR}: genuine's data folder, defaulting to $GENUINE_HOME, else ~/.local/share/genuine. */
public class HomeMixin {
    @Option(names = "--home", paramLabel = "DIR", description = "data folder (default: $GENUINE_HOME, else ~/.local/share/genuine)")
    Path home;

    public Path path() {
        if (home != null) return home.toAbsolutePath();
        String env = System.getenv("GENUINE_HOME");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        return Path.of(System.getProperty("user.home"), ".local", "share", "genuine");
    }
}
