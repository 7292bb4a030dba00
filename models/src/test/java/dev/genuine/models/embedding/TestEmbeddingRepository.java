package dev.genuine.models.embedding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny training stored, listed, promoted and loaded; the shipped model stands in until something is promoted. */
class TestEmbeddingRepository {
    private static final EmbeddingTrainer.Settings TINY = new EmbeddingTrainer.Settings(4, 2, 1, 7, 2e-3, 8);

    @TempDir
    static Path dir;
    static EmbeddingRepository repository;
    static EmbeddingModel trained;
    static String log;

    @BeforeAll
    static void trainOnce() throws IOException {
        repository = new EmbeddingRepository(dir.resolve("embeddings"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained = repository.train(TINY, "test", new PrintStream(out, true, StandardCharsets.UTF_8));
        log = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainingStoresTheModelAndCardUnderAVersionOfSettingsAndData() throws IOException {
        String version = trained.version();
        assertTrue(version.matches(EmbeddingRepository.VERSION_PREFIX + "[0-9a-f]{12}"), version);
        Path folder = dir.resolve("embeddings").resolve(version);
        assertEquals(Optional.of(folder), trained.folder());
        assertTrue(Files.isRegularFile(folder.resolve(EmbeddingRelease.MODEL_FILE)));
        assertEquals(version, ModelCard.read(folder.resolve(EmbeddingRelease.CARD_FILE)).version());
        assertEquals(EmbeddingRepository.versionOf(TINY, trained.card().trainingDataSha256()), version);
        assertNotEquals(version, EmbeddingRepository.versionOf(new EmbeddingTrainer.Settings(4, 2, 2, 7, 2e-3, 8),
                trained.card().trainingDataSha256()));
        assertTrue(log.contains("| crop 30% |"), log);
        assertEquals(List.of(version), repository.versions());
    }

    @Test
    void theShippedModelIsCurrentUntilOneIsPromoted() throws IOException {
        EmbeddingRepository fresh = new EmbeddingRepository(dir.resolve("none"));
        assertEquals(Optional.empty(), fresh.currentVersion());
        assertEquals(ModelCard.shipped().version(), fresh.current().version());
        assertEquals(Optional.empty(), fresh.current().folder());

        repository.promote(trained.version());
        assertEquals(Optional.of(trained.version()), repository.currentVersion());
        assertEquals(trained.card(), repository.current().card());
        try (PhotoEmbedder embedder = repository.current().load()) {
            float[] v = embedder.embed(new SourcePhotoGenerator().generate(3));
            assertEquals(EmbeddingNetwork.DIMENSIONS, v.length);
        }
    }

    @Test
    void unknownAndMalformedVersionsAreRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> repository.promote("photo-embedding-000000000000"));
        assertTrue(unknown.getMessage().contains("no embedding model version photo-embedding-000000000000")
                && unknown.getMessage().contains(trained.version()), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> repository.load("../elsewhere"));
        assertThrows(IllegalArgumentException.class, () -> repository.load(EmbeddingRepository.CURRENT));
    }
}
