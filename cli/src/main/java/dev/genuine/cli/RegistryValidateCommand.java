package dev.genuine.cli;

import dev.genuine.ingest.registry.RegistryImportReport;
import dev.genuine.ingest.registry.RegistryImporter;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code genuine registry validate FILE...}: every check of an import, conflicts included, storing nothing. */
@Command(name = "validate", description = "Check registry files without importing them.")
final class RegistryValidateCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "registry JSON files")
    List<Path> files;

    @Override
    protected int run() {
        try (GenuineStore store = Homes.open(home)) {
            RegistryImportReport report = new RegistryImporter(store.registry(), store.images()).check(files);
            report.messages().forEach(err()::println);
            report.files().stream().filter(f -> f.ok()).forEach(f -> out().println(f.file() + ": valid"));
            if (!report.allOk()) throw new ExitException(EXIT_FAILED, "some files are not valid");
            return EXIT_OK;
        }
    }
}
