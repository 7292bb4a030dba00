package dev.genuine.ingest.registry;

import dev.genuine.store.MemoryImageStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.genuine.ingest.MemoryRegistryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestRegistryImporter {
    @TempDir
    Path dir;
    private final MemoryRegistryStore registry = new MemoryRegistryStore();
    private final MemoryImageStore images = new MemoryImageStore();
    private final RegistryImporter importer = new RegistryImporter(registry, images);

    private List<FileOutcome.Status> statuses(RegistryImportReport r) {
        return r.files().stream().map(FileOutcome::status).toList();
    }

    @Test
    void importsAValidFileAsANewVersionWithItsImages() throws IOException {
        Path file = RegistryFixture.write(dir.resolve("aurelia"), RegistryFixture.example());
        RegistryImportReport r = importer.importFiles(List.of(file));
        assertTrue(r.allOk());
        assertEquals(1, r.committed().orElseThrow().version());
        assertEquals(List.of(file + ": imported rh-aurelia (2 marks, 1 product, 1 authorized seller)", "registry version 1 created"),
                r.messages());
        assertEquals(2, images.size());
        assertEquals("rh-aurelia", registry.current().entries().get(0).id());
    }

    @Test
    void anInvalidFileImportsNothingWhileOthersGoIn() throws IOException {
        ObjectNode bad = RegistryFixture.example();
        ((ObjectNode) bad.withArray("marks").get(0)).remove("text");
        Path invalid = RegistryFixture.write(dir.resolve("aurelia"), bad);
        Path valid = RegistryFixture.wordMarks(dir.resolve("velora"), "rh-velora", "Velora");
        RegistryImportReport r = importer.importFiles(List.of(invalid, valid));
        assertEquals(List.of(FileOutcome.Status.INVALID, FileOutcome.Status.IMPORTED), statuses(r));
        assertFalse(r.allOk());
        assertEquals(List.of(invalid + ": marks[0].text: required for a word mark"), r.files().get(0).messages());
        assertEquals(0, images.size(), "the invalid file's images are not stored");
        assertEquals(List.of("rh-velora"), registry.current().entries().stream().map(e -> e.id()).toList());
    }

    @Test
    void nothingValidMakesNoNewVersion() throws IOException {
        RegistryImportReport r = importer.importFiles(List.of(dir.resolve("missing.json")));
        assertTrue(r.committed().isEmpty());
        assertEquals(0, registry.versions().size());
        assertEquals(List.of(dir.resolve("missing.json") + ": file not found"), r.messages());
    }

    @Test
    void aConflictWithTheRegistryBlocksOnlyTheConflictingFile() throws IOException {
        importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("velora"), "rh-velora", "Velora")));
        Path copycat = RegistryFixture.wordMarks(dir.resolve("copycat"), "rh-copycat", "VELORA");
        Path fine = RegistryFixture.wordMarks(dir.resolve("kestrel"), "rh-kestrel", "Kestrel");
        RegistryImportReport r = importer.importFiles(List.of(copycat, fine));
        assertEquals(List.of(FileOutcome.Status.CONFLICT, FileOutcome.Status.IMPORTED), statuses(r));
        assertEquals(List.of(copycat + ": word mark conflict: 'Velora' (mark rh-velora-m0 of rh-velora) and 'VELORA'"
                + " (mark rh-copycat-m0 of rh-copycat) are the same mark 'velora'"), r.files().get(0).messages());
        assertEquals(1, r.conflicts().size());
        assertEquals(2, registry.current().version());
        assertEquals(List.of("rh-kestrel", "rh-velora"), registry.current().entries().stream().map(e -> e.id()).toList());
    }

    @Test
    void conflictingFilesOfOneImportAreBothBlocked() throws IOException {
        Path a = RegistryFixture.wordMarks(dir.resolve("a"), "rh-a", "Nimbra");
        Path b = RegistryFixture.wordMarks(dir.resolve("b"), "rh-b", "nimbra");
        RegistryImportReport r = importer.importFiles(List.of(a, b));
        assertEquals(List.of(FileOutcome.Status.CONFLICT, FileOutcome.Status.CONFLICT), statuses(r));
        assertTrue(r.committed().isEmpty());
    }

    @Test
    void aBlockedResubmissionKeepsTheOldEntryWhichMayBlockAnother() throws IOException {
        importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("a0"), "rh-a", "Nimbra")));
        importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("c0"), "rh-c", "Quorra")));
        // rh-a gives up Nimbra but claims Quorra (rh-c's): refused, so rh-a keeps Nimbra, and rh-b cannot have it
        Path a = RegistryFixture.wordMarks(dir.resolve("a1"), "rh-a", "Quorra");
        Path b = RegistryFixture.wordMarks(dir.resolve("b1"), "rh-b", "Nimbra");
        RegistryImportReport r = importer.importFiles(List.of(a, b));
        assertEquals(List.of(FileOutcome.Status.CONFLICT, FileOutcome.Status.CONFLICT), statuses(r));
        assertEquals(2, r.conflicts().size());
        assertEquals("Nimbra", registry.current().entry("rh-a").orElseThrow().marks().get(0).text());
    }

    @Test
    void twoFilesForOneHolderAreBothRefused() throws IOException {
        Path a = RegistryFixture.wordMarks(dir.resolve("a"), "rh-a", "Nimbra");
        Path b = RegistryFixture.wordMarks(dir.resolve("b"), "rh-a", "Quorra");
        RegistryImportReport r = importer.importFiles(List.of(a, b));
        assertEquals(List.of(FileOutcome.Status.CONFLICT, FileOutcome.Status.CONFLICT), statuses(r));
        assertTrue(r.files().get(0).messages().get(0).contains("'rh-a' is submitted by 2 files"));
    }

    @Test
    void aCheckReportsWhatAnImportWouldDoAndChangesNothing() throws IOException {
        importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("velora"), "rh-velora", "Velora")));
        Path copycat = RegistryFixture.wordMarks(dir.resolve("copycat"), "rh-copycat", "VELORA");
        Path aurelia = RegistryFixture.write(dir.resolve("aurelia"), RegistryFixture.example());
        RegistryImportReport r = importer.check(List.of(copycat, aurelia));
        assertEquals(List.of(FileOutcome.Status.CONFLICT, FileOutcome.Status.VALID), statuses(r));
        assertEquals(List.of(aurelia + ": valid: rh-aurelia (2 marks, 1 product, 1 authorized seller)"), r.files().get(1).messages());
        assertFalse(r.allOk());
        assertTrue(r.committed().isEmpty());
        assertEquals(1, registry.versions().size());
        assertEquals(0, images.size());
    }

    @Test
    void resubmittingReplacesTheHoldersEntryOnly() throws IOException {
        importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("a0"), "rh-a", "Nimbra"),
                RegistryFixture.wordMarks(dir.resolve("b0"), "rh-b", "Quorra")));
        RegistryImportReport r = importer.importFiles(List.of(RegistryFixture.wordMarks(dir.resolve("a1"), "rh-a", "Nimbrafit")));
        assertTrue(r.allOk());
        assertEquals("Nimbrafit", registry.current().entry("rh-a").orElseThrow().marks().get(0).text());
        assertEquals("Quorra", registry.current().entry("rh-b").orElseThrow().marks().get(0).text());
    }
}
