package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole path through the real commands on the committed test data: registry import, ingest, scan, export,
 * judged against the generator's labels. One home is scanned once (with images) and shared by the checks.
 */
class TestPipelineCommands {
    static final Path DATA = Path.of("..", "testdata", "generated").toAbsolutePath().normalize();

    @TempDir
    static Path home;
    static Map<String, JsonNode> labels = new HashMap<>();
    static Map<String, JsonNode> decisions = new HashMap<>();
    static CommandRun scan;

    @BeforeAll
    static void runThePipeline() throws IOException {
        List<String> importArgs = new ArrayList<>(List.of("registry", "import"));
        importArgs.addAll(registryFiles());
        CommandRun imported = CommandRun.run(home, importArgs.toArray(String[]::new));
        assertEquals(0, imported.status(), imported.err());
        CommandRun ingested = CommandRun.run(home, "ingest", DATA.resolve("listings.jsonl").toString());
        assertEquals(0, ingested.status(), ingested.err());
        scan = CommandRun.run(home, "scan");
        assertEquals(0, scan.status(), scan.err());
        Path out = home.resolve("decisions.jsonl");
        CommandRun exported = CommandRun.run(home, "decisions", "export", "--out", out.toString());
        assertEquals(0, exported.status(), exported.err());
        for (String line : Files.readAllLines(out)) {
            JsonNode d = CanonicalJson.MAPPER.readTree(line);
            decisions.put(d.get("listingId").asText(), d);
        }
        for (String line : Files.readAllLines(DATA.resolve("labels.jsonl"))) {
            JsonNode l = CanonicalJson.MAPPER.readTree(line);
            labels.put(l.get("listingId").asText(), l);
        }
    }

    static List<String> registryFiles() throws IOException {
        try (Stream<Path> s = Files.list(DATA.resolve("registry"))) {
            return s.map(p -> p.resolve("registry.json").toString()).sorted().toList();
        }
    }

    @Test
    void everyListingGetsADecisionInTheContractsShape() {
        assertEquals(labels.keySet(), decisions.keySet());
        for (JsonNode d : decisions.values()) {
            assertTrue(List.of("takedown", "review", "allow").contains(d.get("decision").asText()), d.toString());
            double score = d.get("score").asDouble();
            assertTrue(score >= 0 && score <= 1, d.toString());
            double previous = Double.MAX_VALUE;
            for (JsonNode r : d.get("reasons")) {
                assertTrue(r.has("signal") && r.has("detail") && r.has("weight") && r.has("rightsHolderId"), r.toString());
                assertTrue(r.get("weight").asDouble() <= previous, "reasons ordered by weight: " + d);
                previous = r.get("weight").asDouble();
            }
            if (d.get("decision").asText().equals("allow") && d.get("score").asDouble() == 0) {
                assertEquals(0, d.get("reasons").size(), "nothing matched, no reasons: " + d);
            }
        }
    }

    /** Share of a case's listings decided one of {@code wanted} (or, when null, one of the label's acceptable ones). */
    private static double share(String kase, List<String> wanted) {
        int n = 0, hits = 0;
        for (var e : labels.entrySet()) {
            JsonNode label = e.getValue();
            if (kase != null && !label.get("case").asText().equals(kase)) continue;
            n++;
            String decision = decisions.get(e.getKey()).get("decision").asText();
            List<String> ok = wanted != null ? wanted : new ArrayList<>();
            if (wanted == null) label.get("acceptable").forEach(a -> ok.add(a.asText()));
            if (ok.contains(decision)) hits++;
        }
        assertTrue(n > 0, "the corpus has " + kase + " listings");
        return (double) hits / n;
    }

    @Test
    void decisionsAreRightOnTheGeneratedCorpus() {
        List<String> flagged = List.of("takedown", "review");
        for (var e : labels.entrySet()) {
            if (!e.getValue().get("infringing").asBoolean()) {
                assertNotEquals("takedown", decisions.get(e.getKey()).get("decision").asText(), "clean listing taken down: " + e.getKey());
            }
        }
        // 18 listings a case: at most one miss, which in evasion-spelling is a typo of an ordinary-word mark
        // ("Heroe" for "Heron"), a match the rules refuse on purpose because ordinary words are misspelt innocently.
        for (String kase : List.of("counterfeit-language", "evasion-spelling", "buyer-alleged")) {
            assertTrue(share(kase, flagged) >= 17.0 / 18, kase + " flag recall " + share(kase, flagged));
        }
        assertTrue(share("counterfeit-language", List.of("takedown")) >= 0.9, "admitted counterfeits are taken down");
        assertTrue(share("photo-reuse", flagged) >= 0.9, "photo-reuse flag recall " + share("photo-reuse", flagged));
        for (String kase : List.of("authorized-genuine", "unrelated", "referential", "common-word", "near-name", "second-hand")) {
            assertTrue(share(kase, null) >= 0.9, kase + " acceptable " + share(kase, null));
        }
        assertTrue(share(null, null) >= 0.9, "acceptable overall " + share(null, null));
    }

    @Test
    void attributionNamesTheLabelledRightsHolder() {
        for (var e : labels.entrySet()) {
            JsonNode d = decisions.get(e.getKey());
            if (!e.getValue().get("infringing").asBoolean() || d.get("decision").asText().equals("allow")) continue;
            assertEquals(e.getValue().get("rightsHolderId").asText(), d.get("reasons").get(0).get("rightsHolderId").asText(), d.toString());
        }
    }

    @Test
    void aSecondScanOnlyLooksAtWhatChanged() {
        CommandRun again = CommandRun.run(home, "ingest", DATA.resolve("listings.csv").toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("0 new, 0 changed"), again.out());
        CommandRun rescan = CommandRun.run(home, "scan", "--format", "json");
        assertEquals(0, rescan.status(), rescan.err());
        assertTrue(rescan.out().contains("\"scanned\":0"), rescan.out());
        assertTrue(scan.out().contains("scanned " + labels.size() + " listings (full"), scan.out());
    }

    @Test
    void theEvidenceChainVerifiesAndExplainsFlaggedListings() throws IOException {
        CommandRun verify = CommandRun.run(home, "evidence", "verify");
        assertEquals(0, verify.status(), verify.err());
        String flagged = decisions.values().stream().filter(d -> d.get("decision").asText().equals("takedown"))
                .map(d -> d.get("listingId").asText()).sorted().findFirst().orElseThrow();
        Path page = home.resolve("appeal.html");
        CommandRun html = CommandRun.run(home, "evidence", "export", flagged, "--html", page.toString());
        assertEquals(0, html.status(), html.err());
        String text = Files.readString(page);
        assertTrue(text.contains(flagged) && text.contains("takedown"), "the page names the listing and decision");
    }

    @Test
    void badRegistryAndFeedInputAreReportedWithTheirLocations(@TempDir Path other) throws IOException {
        Path bad = other.resolve("bad").resolve("registry.json");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "{\"schemaVersion\": 1, \"rightsHolder\": {\"id\": \"rh-x\", \"name\": \"X\"},"
                + " \"marks\": [{\"id\": \"x-word\", \"brand\": \"X\", \"kind\": \"word\"}]}");
        CommandRun validate = CommandRun.run(other, "registry", "validate", bad.toString());
        assertEquals(1, validate.status());
        assertTrue(validate.err().contains("marks[0].text"), validate.err());
        assertFalse(validate.err().contains("Exception"), validate.err());

        CommandRun feed = CommandRun.run(other, "ingest", DATA.resolve("feed-with-errors.jsonl").toString());
        assertEquals(0, feed.status(), "bad lines are skipped, the rest go in: " + feed.err());
        assertTrue(feed.err().contains("feed-with-errors.jsonl:"), feed.err());
        assertTrue(feed.out().contains("3 new"), feed.out());

        CommandRun missing = CommandRun.run(other, "ingest", other.resolve("nope.jsonl").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nope.jsonl"), missing.err());
    }

    @Test
    void ingestedListingsCanBeSearched() {
        CommandRun search = CommandRun.run(home, "search", "aurelia", "--format", "json", "--limit", "500");
        assertEquals(0, search.status(), search.err());
        assertFalse(search.out().isBlank(), "listings of a generated brand are found");
        assertTrue(search.out().lines().allMatch(l -> l.contains("\"listingId\"")), search.out());
        assertEquals("no listing matches\n", CommandRun.run(home, "search", "zzzqqq").out());
    }

    @Test
    void registryVersionsCanBeListedShownAndCompared() {
        CommandRun list = CommandRun.run(home, "registry", "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("rh-aurelia"), list.out());
        CommandRun show = CommandRun.run(home, "registry", "show", "rh-aurelia");
        assertTrue(show.out().contains("authorized sellers:"), show.out());
        CommandRun diff = CommandRun.run(home, "registry", "diff", "0", "1");
        assertTrue(diff.out().contains("+ rh-aurelia: rights holder rh-aurelia"), diff.out());
        assertEquals(1, CommandRun.run(home, "registry", "show", "rh-nobody").status());
        assertEquals(2, CommandRun.run(home, "registry").status(), "a parent alone is a usage error");
        assertTrue(CommandRun.run(home, "registry", "schema").out().contains("\"$schema\""));
    }
}
