package dev.genuine.ingest.registry;

import dev.genuine.domain.Registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of importing registry files: each file's outcome, the conflicts found, and the registry version
 * committed (empty when no file was imported, so no new version was made).
 */
public record RegistryImportReport(List<FileOutcome> files, List<MarkConflict> conflicts, Optional<Registry> committed) {
    public RegistryImportReport {
        files = List.copyOf(files);
        conflicts = List.copyOf(conflicts);
    }

    /** True when every file was imported (or, for a check, is importable): the command succeeded. */
    public boolean allOk() {
        return files.stream().allMatch(FileOutcome::ok);
    }

    /** Every file's messages in file order, ready to print (problems on stderr, the rest on stdout is the CLI's choice). */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.addAll(f.messages()));
        committed.ifPresent(r -> out.add("registry version " + r.version() + " created"));
        return out;
    }
}
