package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.ingest.registry.RegistryImportReport;
import dev.genuine.ingest.registry.RegistryImporter;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DetectorParts;
import dev.genuine.score.Candidate;
import dev.genuine.score.TransparentScorer;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.sqlite.SqliteStore;
import dev.genuine.testdata.Brand;
import dev.genuine.testdata.Corpus;
import dev.genuine.testdata.GeneratorConfig;
import dev.genuine.testdata.TestdataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels from a home's own moderators, and the merchant history each labelled listing is assessed with. */
class TestDecisionExamples {
    @TempDir
    Path dir;

    @Test
    void aJudgedListingCarriesTheStrikesThatStoodWhenItWasFlaggedButNotItsOwn() throws Exception {
        Path corpusDir = dir.resolve("corpus");
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(3, 1, 64, corpusDir, true)).run();
        Brand brand = corpus.brands().get(0);
        try (GenuineStore store = SqliteStore.open(dir.resolve("home"), new SecondsClock())) {
            RegistryImportReport imported = new RegistryImporter(store.registry(), store.images())
                    .importFiles(corpus.registryPaths().stream().map(corpusDir::resolve).toList());
            assertTrue(imported.allOk(), imported.messages().toString());
            store.listings().upsert(List.of(copy("L-A", brand), copy("L-B", brand), copy("L-C", brand), copy("L-D", brand)));

            long c = store.reviewQueue().enqueue("L-C", 0, 0.6, null);          // flagged before any strike
            store.enforcement().addStrike("m-7", "L-A", "takedown");            // A's strike
            long b = store.reviewQueue().enqueue("L-B", 0, 0.6, null);          // flagged after A's strike
            store.enforcement().addStrike("m-7", "L-D", "takedown");            // D taken down automatically
            store.enforcement().addStrike("m-7", "L-B", "takedown");            // B's own strike
            long a = store.reviewQueue().enqueue("L-A", 0, 0.6, null);          // flagged after A's, D's and B's
            for (long item : List.of(a, b, c)) store.reviewQueue().resolve(item, "moderator-ana", "takedown", "copy");
            long appeal = store.appeals().file("L-D", "m-7", "it is genuine").id();
            store.appeals().decide(appeal, "moderator-ana", false, "a copy");   // D judged at its takedown, after A's strike

            try (DetectorParts parts = DetectorParts.open(store, dir.resolve("home"), new TransparentScorer(), Policy.DEFAULT, false)) {
                DecisionExamples.Result result = DecisionExamples.from(store, parts.detector());
                Map<String, Long> strikes = result.examples().stream().map(LabelledCandidate::candidate)
                        .collect(Collectors.toMap(Candidate::listingId, TestDecisionExamples::strikes, Math::max));
                assertEquals(Map.of("L-A", 2L, "L-B", 1L, "L-C", 0L, "L-D", 1L), strikes,
                        "A counts D's and B's strikes but not its own; B counts A's; C was flagged before any; D, taken down"
                                + " before B's strike and appealed after it, counts A's only");
            }
        }
    }

    private static Listing copy(String id, Brand brand) {
        return new Listing(id, "m-7", brand.name() + " KW super premium", "replika 1:1", new Money(50_000, "IDR"), "shoes",
                List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), List.of());
    }

    private static long strikes(Candidate c) {
        return c.of("repeat-infringer").stream().mapToLong(o -> ((Number) o.facts().get("strikes")).longValue()).max().orElse(0);
    }

    /** A clock one second further on at every reading, so each store write has its own time. */
    private static final class SecondsClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
