package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed corpus in testdata/generated as its users read it: as files. */
class TestCommittedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = TestTestdataGenerator.COMMITTED;
    private static List<JsonNode> listings;
    private static List<JsonNode> labels;

    @BeforeAll
    static void read() throws IOException {
        listings = jsonLines(DIR.resolve("listings.jsonl"));
        labels = jsonLines(DIR.resolve("labels.jsonl"));
    }

    @Test
    void everyListingHasExactlyOneLabel() {
        Set<String> ids = new HashSet<>();
        listings.forEach(l -> assertTrue(ids.add(l.get("id").asText()), "duplicate id " + l.get("id")));
        assertEquals(listings.size(), labels.size());
        for (int i = 0; i < listings.size(); i++) {
            assertEquals(listings.get(i).get("id").asText(), labels.get(i).get("listingId").asText());
        }
    }

    @Test
    void everyCaseIsPresentWithConsistentLabels() {
        Set<String> cases = new TreeSet<>();
        for (JsonNode label : labels) {
            CaseKind kind = CaseKind.of(label.get("case").asText());
            cases.add(kind.label());
            assertEquals(kind.infringing(), label.get("infringing").asBoolean(), label.toString());
            List<String> acceptable = new ArrayList<>();
            label.get("acceptable").forEach(a -> acceptable.add(a.asText()));
            assertEquals(kind.acceptable(), acceptable);
            boolean branded = kind != CaseKind.UNRELATED;
            assertEquals(branded, !label.get("brand").isNull(), label.toString());
            if (branded) {
                assertEquals("rh-" + label.get("brand").asText(), label.get("rightsHolderId").asText());
                assertTrue(Files.isRegularFile(DIR.resolve("registry").resolve(label.get("brand").asText()).resolve("registry.json")));
            }
        }
        assertEquals(CaseKind.values().length, cases.size());
    }

    @Test
    void everyReferencedImageExistsAndEveryImageIsReferenced() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (JsonNode listing : listings) {
            assertFalse(listing.get("images").isEmpty(), listing.get("id").asText());
            listing.get("images").forEach(i -> referenced.add(i.asText()));
        }
        for (String path : referenced) {
            assertTrue(Files.isRegularFile(DIR.resolve(path)), "missing image " + path);
        }
        Set<String> present = new TreeSet<>();
        try (var files = Files.list(DIR.resolve("img"))) {
            files.forEach(p -> present.add("img/" + p.getFileName()));
        }
        assertEquals(referenced, present);
    }

    @Test
    void registryFilesFollowTheContract() throws IOException {
        for (Brand brand : Brands.ALL) {
            Path folder = DIR.resolve("registry").resolve(brand.slug());
            JsonNode registry = JSON.readTree(folder.resolve("registry.json").toFile());
            assertEquals(1, registry.get("schemaVersion").asInt());
            assertEquals(brand.rightsHolderId(), registry.at("/rightsHolder/id").asText());
            assertFalse(registry.at("/rightsHolder/name").asText().isEmpty());
            for (JsonNode mark : registry.get("marks")) {
                String kind = mark.get("kind").asText();
                assertTrue(kind.equals("word") ? mark.hasNonNull("text") : mark.get("images").size() > 0, mark.toString());
                mark.path("images").forEach(i -> assertTrue(Files.isRegularFile(folder.resolve(i.asText())), i.asText()));
            }
            assertTrue(registry.get("products").size() >= 1 && registry.get("products").size() <= 3);
            for (JsonNode product : registry.get("products")) {
                assertEquals("IDR", product.at("/msrp/currency").asText());
                assertTrue(product.at("/msrp/amount").asLong() > 0);
                product.get("images").forEach(i -> assertTrue(Files.isRegularFile(folder.resolve(i.asText())), i.asText()));
            }
            assertTrue(registry.get("authorizedSellers").size() > 0);
        }
    }

    @Test
    void evasionsHideTheBrandInTheTitleAndCoverEveryKind() {
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            JsonNode label = labels.get(i);
            if (!label.get("case").asText().equals("evasion-spelling")) {
                continue;
            }
            String evaded = label.at("/variant/evaded").asText();
            String title = listings.get(i).get("title").asText();
            String brand = Brands.bySlug(label.get("brand").asText()).name();
            assertTrue(title.contains(evaded) || title.contains(Character.toUpperCase(evaded.charAt(0)) + evaded.substring(1)), title);
            boolean plain = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(brand)
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE).matcher(title).find();
            assertFalse(plain, "the plain brand name must not appear as a word: " + title);
            kinds.add(label.at("/variant/evasion").asText());
        }
        Set<String> all = new TreeSet<>();
        for (Evasion e : Evasion.values()) {
            all.add(e.label());
        }
        assertEquals(all, kinds);
    }

    @Test
    void cleanListingsCarryNoCounterfeitVocabularyOrAllegations() {
        for (int i = 0; i < labels.size(); i++) {
            String kind = labels.get(i).get("case").asText();
            if (kind.equals("authorized-genuine") || kind.equals("unrelated") || kind.equals("common-word")) {
                JsonNode l = listings.get(i);
                for (String fake : Phrases.FAKE_REVIEWS) {
                    l.get("reviews").forEach(r -> assertNotEquals(fake, r.asText()));
                }
                assertFalse(l.get("title").asText().contains("KW"), l.get("title").asText());
            }
        }
    }

    @Test
    void csvHoldsTheFirstListingsOfTheJsonFeed() throws IOException {
        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(DIR.resolve("listings.csv").toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(TestdataGenerator.CSV_LISTINGS, rows.size());
        assertEquals(CorpusFiles.CSV_HEADER, new ArrayList<>(rows.get(0).keySet()));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            JsonNode l = listings.get(i);
            assertEquals(l.get("id").asText(), row.get("id"));
            assertEquals(l.get("title").asText(), row.get("title"));
            assertEquals(l.get("description").asText(), row.get("description"));
            assertEquals(l.at("/price/amount").asText(), row.get("price.amount"));
            assertEquals(joined(l.get("images")), row.get("images"));
            assertEquals(joined(l.get("reviews")), row.get("reviews"));
        }
    }

    @Test
    void errorFeedHasTheDescribedBadLines() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("feed-with-errors.jsonl"), StandardCharsets.UTF_8);
        JsonNode expected = JSON.readTree(DIR.resolve("feed-with-errors.expected.json").toFile());
        Set<Integer> bad = new HashSet<>();
        expected.get("rejected").forEach(r -> bad.add(r.get("line").asInt()));
        assertEquals(6, bad.size());
        assertEquals(lines.size(), bad.size() + expected.get("valid").size());
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (bad.contains(n)) {
                assertFalse(wellFormedListing(line), "line " + n + " should be bad: " + line);
            } else {
                assertTrue(wellFormedListing(line), "line " + n + " should be good: " + line);
            }
        }
        assertThrows(IOException.class, () -> JSON.readTree(lines.get(1)));
    }

    @Test
    void titlesAreNormalisedUnicodeOnlyWhereAnEvasionSaysSo() {
        for (int i = 0; i < labels.size(); i++) {
            String title = listings.get(i).get("title").asText();
            boolean evasion = labels.get(i).get("case").asText().equals("evasion-spelling");
            if (!evasion) {
                assertEquals(Normalizer.normalize(title, Normalizer.Form.NFKC), title, title);
                assertTrue(title.chars().allMatch(c -> c < 0x250), "non-Latin letters outside evasions: " + title);
            }
        }
    }

    private static boolean wellFormedListing(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node.isObject() && node.path("id").isTextual() && node.path("merchantId").isTextual()
                    && node.path("title").isTextual() && node.path("price").isObject()
                    && node.at("/price/amount").isNumber();
        } catch (IOException e) {
            return false;
        }
    }

    private static String joined(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(a -> parts.add(a.asText()));
        return String.join("|", parts);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
