package dev.genuine.cli;

import dev.genuine.ingest.registry.RegistryImportReport;
import dev.genuine.ingest.registry.RegistryImporter;
import dev.genuine.scan.DetectorParts;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code genuine registry import FILE...}: validates each file fully, imports the valid ones as a new version. */
@Command(name = "import", description = "Validate and import registry files as a new registry version.")
final class RegistryImportCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "registry JSON files")
    List<Path> files;

    @Override
    protected int run() {
        try (GenuineStore store = Homes.open(home)) {
            RegistryImportReport report = new RegistryImporter(store.registry(), store.images()).importFiles(files);
            report.messages().forEach(err()::println);
            report.committed().ifPresent(r -> out().println("registry version " + r.version() + ": "
                    + report.files().stream().filter(f -> f.ok()).count() + " file(s) imported, "
                    + r.entries().size() + " rights holders, " + r.marks().size() + " marks, " + r.products().size() + " products"));
            report.committed().ifPresent(r -> DetectorParts.fingerprint(store, home.path(), r).forEach(m -> err().println("genuine: " + m)));
            if (!report.allOk()) {
                long bad = report.files().stream().filter(f -> !f.ok()).count();
                throw new ExitException(EXIT_FAILED, bad + " of " + report.files().size() + " file(s) not imported");
            }
            return EXIT_OK;
        }
    }
}
