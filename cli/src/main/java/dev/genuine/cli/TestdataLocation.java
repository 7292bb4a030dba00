package dev.genuine.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled test data: beside the launcher ({@code genuine.root}) or above the working directory. */
final class TestdataLocation {
    static final String RELATIVE = "testdata/generated";

    private TestdataLocation() {}

    static Path find() {
        String root = System.getProperty("genuine.root");
        if (root != null && Files.isDirectory(Path.of(root, RELATIVE))) return Path.of(root, RELATIVE);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(RELATIVE))) return p.resolve(RELATIVE);
        }
        throw new ExitException(BaseCommand.EXIT_FAILED, "cannot find the bundled test data (" + RELATIVE
                + "); run from the genuine checkout or pass --data DIR");
    }
}
