package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import dev.genuine.models.embedding.EmbeddingCache;
import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.embedding.EmbeddingRelease;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The photo embedding through the real command line: a tiny training, listed, promoted, then a scan with
 * --embedding of a few committed generated listings against the committed registry.
 */
class TestEmbeddingCommands {
    private static final String[] TINY = {"model", "train", "--embedding", "--seed", "5", "--sources", "4", "--augmentations", "2", "--epochs", "1"};
    private static final Pattern VERSION = Pattern.compile("trained (photo-embedding-[0-9a-f]{12})");
    private static final int LISTINGS = 12;

    @TempDir
    static Path home;
    static CommandRun training;
    static String version;

    @BeforeAll
    static void trainAndBuildAHome() throws IOException {
        training = CommandRun.run(home, TINY);
        assertEquals(0, training.status(), training.err());
        Matcher m = VERSION.matcher(training.out());
        assertTrue(m.find(), training.out());
        version = m.group(1);
        List<String> importArgs = new ArrayList<>(List.of("registry", "import"));
        importArgs.addAll(TestPipelineCommands.registryFiles());
        assertEquals(0, CommandRun.run(home, importArgs.toArray(String[]::new)).status());
        assertEquals(0, CommandRun.run(home, "ingest", firstListings(home.resolve("feed")).toString()).status());
    }

    /** The first listings of the committed corpus, with their photos, in a feed folder of their own. */
    private static Path firstListings(Path feed) throws IOException {
        Files.createDirectories(feed.resolve("img"));
        List<String> lines = Files.readAllLines(TestPipelineCommands.DATA.resolve("listings.jsonl")).subList(0, LISTINGS);
        for (String line : lines) {
            for (JsonNode image : CanonicalJson.MAPPER.readTree(line).get("images")) {
                Files.copy(TestPipelineCommands.DATA.resolve(image.asText()), feed.resolve(image.asText()));
            }
        }
        return Files.write(feed.resolve("listings.jsonl"), lines);
    }

    @Test
    void trainingStoresAnUnpromotedModelAndPrintsItsHeldOutTable() {
        assertTrue(training.out().contains("| crop 30% |") && training.out().contains("matcher threshold: similarity"), training.out());
        assertTrue(training.err().contains("trained in"), training.err());
        assertTrue(Files.isRegularFile(home.resolve("models/embeddings").resolve(version).resolve(EmbeddingRelease.MODEL_FILE)));
    }

    @Test
    void listPromoteThenScanWithTheEmbedding() throws IOException {
        CommandRun before = CommandRun.run(home, "model", "list");
        assertEquals(0, before.status(), before.err());
        String shipped = EmbeddingModel.shipped().version();
        assertTrue(before.out().lines().anyMatch(l -> l.startsWith("*") && l.contains(shipped) && l.contains("shipped")), before.out());
        assertTrue(before.out().lines().anyMatch(l -> !l.startsWith("*") && l.contains(version) && l.contains("4 x 2 x 1")), before.out());

        CommandRun promoted = CommandRun.run(home, "model", "promote", version);
        assertEquals(0, promoted.status(), promoted.err());
        assertTrue(promoted.out().contains("current embedding model: " + version), promoted.out());
        CommandRun after = CommandRun.run(home, "model", "list", "--format", "json");
        JsonNode rows = CanonicalJson.MAPPER.readTree(after.out());
        JsonNode row = Stream.iterate(0, i -> i + 1).limit(rows.size()).map(rows::get)
                .filter(r -> r.get("version").asText().equals(version)).findFirst().orElseThrow();
        assertEquals("embedding", row.get("kind").asText());
        assertTrue(row.get("current").asBoolean(), row.toString());

        CommandRun scan = CommandRun.run(home, "scan", "--embedding");
        assertEquals(0, scan.status(), scan.err());
        assertTrue(scan.out().contains("scanned " + LISTINGS + " listings") && scan.out().contains("embedding " + version), scan.out());
        try (Stream<Path> cached = Files.list(EmbeddingCache.folderOf(home, version))) {
            assertTrue(cached.anyMatch(p -> p.toString().endsWith(".f32")), "registry photo embeddings are cached");
        }
    }

    @Test
    void embeddingOptionsOutsideTheirModesAreUsageErrors() {
        assertEquals(BaseCommand.EXIT_USAGE, CommandRun.run(home, "scan", "--embedding", "--no-images").status());
        assertEquals(BaseCommand.EXIT_USAGE, CommandRun.run(home, "model", "train", "--embedding", "--from-decisions").status());
        assertEquals(BaseCommand.EXIT_USAGE, CommandRun.run(home, "model", "train", "--sources", "4").status());
    }
}
