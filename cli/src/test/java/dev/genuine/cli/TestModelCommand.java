package dev.genuine.cli;

import dev.genuine.models.scorer.MlpScorer;
import dev.genuine.models.scorer.ModelRepository;
import dev.genuine.models.training.GeneratedExamples;
import dev.genuine.score.TransparentScorer;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import dev.genuine.testdata.Corpus;
import dev.genuine.testdata.GeneratorConfig;
import dev.genuine.testdata.Label;
import dev.genuine.testdata.TestdataGenerator;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model commands on tiny text-only corpora, through the real command line. */
class TestModelCommand {
    private static final String[] TINY = {"--no-images", "--per-case", "4", "--epochs", "3"};
    private static final Pattern VERSION = Pattern.compile("trained (mlp-[0-9a-f]{12})");

    @TempDir
    static Path dir;
    static String version;
    static CommandRun firstTraining;

    @BeforeAll
    static void trainOnce() {
        firstTraining = train(dir.resolve("home"));
        version = versionIn(firstTraining.out());
    }

    private static CommandRun train(Path home) {
        return train(home, 11);
    }

    private static CommandRun train(Path home, long seed) {
        List<String> args = new ArrayList<>(List.of("model", "train", "--seed", String.valueOf(seed)));
        args.addAll(List.of(TINY));
        return CommandRun.run(home, args.toArray(String[]::new));
    }

    private static String versionIn(String out) {
        Matcher m = VERSION.matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    @Test
    void trainingSavesAnUnpromotedModelAndPrintsItsCardFigures() {
        assertEquals(0, firstTraining.status(), firstTraining.err());
        assertTrue(firstTraining.out().contains("ECE"), firstTraining.out());
        assertTrue(firstTraining.out().contains("takedown >= 0.85 precision"), firstTraining.out());
        assertTrue(firstTraining.err().contains("assessing 44 listings through the pipeline"), firstTraining.err());
        assertTrue(Files.isRegularFile(dir.resolve("home/models").resolve(version).resolve(MlpScorer.CARD_FILE)));
        assertTrue(new ModelRepository(dir.resolve("home/models")).currentVersion().isEmpty());
    }

    @Test
    void sameSeedGivesTheSameModelCardAndAnotherSeedAnotherModel() throws IOException {
        CommandRun again = train(dir.resolve("again"));
        assertEquals(0, again.status(), again.err());
        assertEquals(firstTraining.out().replace(dir.resolve("home").toString(), ""), again.out().replace(dir.resolve("again").toString(), ""));
        assertEquals(Files.readString(dir.resolve("home/models").resolve(version).resolve(MlpScorer.CARD_FILE)),
                Files.readString(dir.resolve("again/models").resolve(version).resolve(MlpScorer.CARD_FILE)));
        CommandRun other = train(dir.resolve("other"), 12);
        assertEquals(0, other.status(), other.err());
        assertNotEquals(version, versionIn(other.out()));
    }

    @Test
    void withoutAPromotedModelScansUseTheTransparentScorerAndMlpTheShippedModel() {
        Path fresh = dir.resolve("fresh");
        assertEquals(TransparentScorer.NAME, Scorers.choose(null, fresh).name());
        assertEquals(TransparentScorer.NAME, Scorers.choose("transparent", fresh).name());
        assertEquals(ModelRepository.shipped().version(), Scorers.choose("mlp", fresh).version());
        assertEquals(ModelRepository.shipped().version(), Scorers.choose("model", fresh).version());
        ExitException e = assertThrows(ExitException.class, () -> Scorers.choose("neural", fresh));
        assertEquals(BaseCommand.EXIT_USAGE, e.status());
    }

    @Test
    void promotingMakesTheModelCurrentForScansAndTheList() {
        Path home = dir.resolve("promoted");
        CommandRun trained = train(home);
        assertEquals(0, trained.status(), trained.err());
        CommandRun promoted = CommandRun.run(home, "model", "promote", version);
        assertEquals(0, promoted.status(), promoted.err());
        assertTrue(promoted.out().contains("current model: " + version), promoted.out());
        assertEquals(version, Scorers.choose(null, home).version());
        assertEquals(MlpScorer.NAME, Scorers.choose(null, home).name());
        assertEquals(TransparentScorer.NAME, Scorers.choose("transparent", home).name());
        CommandRun list = CommandRun.run(home, "model", "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("*") && l.contains(version) && l.contains("stored")), list.out());
        assertTrue(list.out().contains(ModelRepository.shipped().version()), list.out());
    }

    @Test
    void theShippedModelCanBePromotedByItsVersionAndOnlyItsStoredCopyIsMarkedCurrent() {
        Path home = dir.resolve("shipped-promoted");
        String shipped = ModelRepository.shipped().version();
        CommandRun promoted = CommandRun.run(home, "model", "promote", shipped);
        assertEquals(0, promoted.status(), promoted.err());
        assertEquals(shipped, Scorers.choose(null, home).version());
        CommandRun list = CommandRun.run(home, "model", "list");
        assertEquals(0, list.status(), list.err());
        List<String> rows = list.out().lines().filter(l -> l.contains(shipped)).toList();
        assertEquals(2, rows.size(), list.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("*") && l.contains("stored")), list.out());
        assertTrue(rows.stream().anyMatch(l -> !l.startsWith("*") && l.contains("shipped")), list.out());
    }

    @Test
    void promotingAnUnknownVersionFailsNamingTheStoredOnes() {
        CommandRun r = CommandRun.run(dir.resolve("home"), "model", "promote", "mlp-000000000000");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no model version mlp-000000000000") && r.err().contains(version), r.err());
    }

    @Test
    void evaluationComparesCandidateCurrentAndTransparentOnTheSameHeldOutData() {
        CommandRun r = CommandRun.run(dir.resolve("home"), "model", "evaluate", version, "--no-images", "--per-case", "4");
        assertEquals(0, r.status(), r.err());
        String header = r.out().lines().filter(l -> l.startsWith("FIGURE")).findFirst().orElseThrow();
        assertTrue(header.contains("candidate mlp/" + version), header);
        assertTrue(header.contains("current mlp/" + ModelRepository.shipped().version()), header);
        assertTrue(header.contains("fallback transparent/"), header);
        assertTrue(r.out().contains("takedown >= 0.85 precision"), r.out());
        assertTrue(r.out().contains("seed " + GeneratedExamples.EVALUATION_SEED), r.out());
    }

    @Test
    void trainingFromDecisionsRefusesWhenTooFewPeopleJudged() {
        CommandRun r = CommandRun.run(dir.resolve("empty"), "model", "train", "--from-decisions", "--no-images");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("too few labels to train on: 0 listing(s)") && r.err().contains("needs at least 40"), r.err());
    }

    @Test
    void trainingFromDecisionsLearnsFromModeratorVerdicts() throws IOException {
        Path corpusDir = dir.resolve("judged-corpus");
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(21, 5, 64, corpusDir, true)).run();
        Path home = dir.resolve("judged");
        List<String> importArgs = new ArrayList<>(List.of("registry", "import"));
        corpus.registryPaths().forEach(p -> importArgs.add(corpusDir.resolve(p).toString()));
        assertEquals(0, CommandRun.run(home, importArgs.toArray(String[]::new)).status());
        assertEquals(0, CommandRun.run(home, "ingest", corpusDir.resolve("listings.jsonl").toString()).status());
        try (GenuineStore store = Stores.open(home)) {
            for (Label label : corpus.labels()) {
                long item = store.reviewQueue().enqueue(label.listingId(), 0, 0.6, label.rightsHolderId());
                store.reviewQueue().resolve(item, "moderator-ana", label.infringing() ? "takedown" : "allow", "checked");
            }
        }
        CommandRun r = CommandRun.run(home, "model", "train", "--from-decisions", "--no-images", "--epochs", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("listings judged by people"), r.err());
        assertFalse(new ModelRepository(home.resolve("models")).versions().isEmpty());
    }

    @Test
    void aScanWithoutScorerNameUsesThePromotedModelAndNamesItInEveryDecision() throws IOException {
        Path corpusDir = dir.resolve("scan-corpus");
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(31, 2, 64, corpusDir, true)).run();
        Path home = dir.resolve("scanned");
        List<String> importArgs = new ArrayList<>(List.of("registry", "import"));
        corpus.registryPaths().forEach(p -> importArgs.add(corpusDir.resolve(p).toString()));
        assertEquals(0, CommandRun.run(home, importArgs.toArray(String[]::new)).status());
        assertEquals(0, CommandRun.run(home, "ingest", corpusDir.resolve("listings.jsonl").toString()).status());
        CommandRun before = CommandRun.run(home, "scan", "--no-images");
        assertTrue(before.out().contains("scorer transparent/"), before.out());
        assertEquals(0, train(home).status());
        assertEquals(0, CommandRun.run(home, "model", "promote", version).status());
        CommandRun after = CommandRun.run(home, "scan", "--full", "--no-images");
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().contains("scorer mlp/" + version), after.out());
        try (GenuineStore store = Stores.open(home)) {
            List<String> scorers = new ArrayList<>();
            store.decisions().forEachLatest(d -> scorers.add(d.scorer()));
            assertEquals(corpus.listings().size(), scorers.size());
            assertTrue(scorers.stream().allMatch(("mlp/" + version)::equals), scorers.toString());
        }
    }
}
