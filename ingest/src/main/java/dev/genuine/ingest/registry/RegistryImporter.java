package dev.genuine.ingest.registry;

import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.ingest.Problem;
import dev.genuine.store.ImageStore;
import dev.genuine.store.RegistryStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports registry files as one new registry version. Each file stands alone: an invalid file imports
 * nothing, a file whose word marks conflict with another holder's (in the registry or in the same command) is
 * refused, and a file naming the same rights holder as another file of the command is refused with it; every
 * other valid file is imported. Images are stored only for the files that are committed.
 */
public final class RegistryImporter {
    private final RegistryStore registry;
    private final ImageStore images;
    private final RegistryReader reader;

    public RegistryImporter(RegistryStore registry, ImageStore images, RegistryReader reader) {
        this.registry = registry;
        this.images = images;
        this.reader = reader;
    }

    public RegistryImporter(RegistryStore registry, ImageStore images) {
        this(registry, images, new RegistryReader());
    }

    /** Imports every file that is valid and free of conflicts as one new registry version. */
    public RegistryImportReport importFiles(List<Path> files) {
        return run(files, true);
    }

    /**
     * Everything an import checks (each file, holders shared between files, conflicts with the current registry)
     * without storing or committing anything: a file that would be imported has the status {@code VALID}.
     */
    public RegistryImportReport check(List<Path> files) {
        return run(files, false);
    }

    private RegistryImportReport run(List<Path> files, boolean commit) {
        Map<Path, FileOutcome> outcomes = new LinkedHashMap<>();
        Map<Path, RegistryFile> candidates = new LinkedHashMap<>();
        for (Path file : files) {
            RegistryFile read = reader.read(file);
            if (read.isValid()) candidates.put(file, read);
            else outcomes.put(file, new FileOutcome(file, FileOutcome.Status.INVALID, null, read.messages()));
        }
        refuseSharedHolders(candidates, outcomes);
        List<MarkConflict> conflicts = refuseConflicts(candidates, outcomes);
        Optional<Registry> committed = Optional.empty();
        if (commit) {
            List<RightsHolderEntry> accepted = storeImages(candidates, outcomes);
            if (!accepted.isEmpty()) committed = Optional.of(registry.commit(accepted));
        }
        for (RegistryFile f : candidates.values()) {
            String message = commit ? f.name() + ": imported " + RegistryFile.describe(f.entry()) : f.summary();
            var status = commit ? FileOutcome.Status.IMPORTED : FileOutcome.Status.VALID;
            outcomes.put(f.file(), new FileOutcome(f.file(), status, f.entry().id(), List.of(message)));
        }
        List<FileOutcome> ordered = files.stream().distinct().map(outcomes::get).toList();
        return new RegistryImportReport(ordered, conflicts, committed);
    }

    /** Copies each candidate's images into the store; a file whose images cannot be stored is dropped. */
    private List<RightsHolderEntry> storeImages(Map<Path, RegistryFile> candidates, Map<Path, FileOutcome> outcomes) {
        List<RightsHolderEntry> accepted = new ArrayList<>();
        for (RegistryFile f : List.copyOf(candidates.values())) {
            List<Problem> problems = reader.copyImages(f, images);
            if (problems.isEmpty()) {
                accepted.add(f.entry());
                continue;
            }
            candidates.remove(f.file());
            outcomes.put(f.file(), new FileOutcome(f.file(), FileOutcome.Status.INVALID, f.entry().id(),
                    problems.stream().map(Problem::text).toList()));
        }
        return accepted;
    }

    /** Two files of one command for the same holder: which one is meant cannot be told, so both are refused. */
    private static void refuseSharedHolders(Map<Path, RegistryFile> candidates, Map<Path, FileOutcome> outcomes) {
        Map<String, List<Path>> byHolder = new HashMap<>();
        candidates.forEach((p, f) -> byHolder.computeIfAbsent(f.entry().id(), k -> new ArrayList<>()).add(p));
        byHolder.forEach((holder, paths) -> {
            if (paths.size() < 2) return;
            for (Path p : paths) {
                candidates.remove(p);
                String message = p + ": rightsHolder.id: '" + holder + "' is submitted by " + paths.size()
                        + " files in this import (" + join(paths) + "); submit one file per rights holder";
                outcomes.put(p, new FileOutcome(p, FileOutcome.Status.CONFLICT, holder, List.of(message)));
            }
        });
    }

    /**
     * Refuses every incoming file involved in a conflict, then looks again: a refused file's holder keeps its
     * current entry, which may conflict with a file that looked fine while it was assumed replaced.
     */
    private List<MarkConflict> refuseConflicts(Map<Path, RegistryFile> candidates, Map<Path, FileOutcome> outcomes) {
        Registry current = registry.current();
        Set<MarkConflict> all = new LinkedHashSet<>();
        while (true) {
            List<MarkConflict> found = MarkConflicts.find(current, candidates.values().stream().map(RegistryFile::entry).toList());
            if (found.isEmpty()) return List.copyOf(all);
            all.addAll(found);
            for (RegistryFile f : List.copyOf(candidates.values())) {
                String holder = f.entry().id();
                List<String> mine = found.stream().filter(c -> c.involves(holder)).map(c -> f.name() + ": " + c.message()).toList();
                if (mine.isEmpty()) continue;
                candidates.remove(f.file());
                outcomes.put(f.file(), new FileOutcome(f.file(), FileOutcome.Status.CONFLICT, holder, mine));
            }
        }
    }

    private static String join(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }
}
