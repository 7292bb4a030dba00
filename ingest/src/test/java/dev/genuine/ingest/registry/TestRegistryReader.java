package dev.genuine.ingest.registry;

import dev.genuine.store.MemoryImageStore;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Registration;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.TestImages;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestRegistryReader {
    @TempDir
    Path dir;
    private final RegistryReader reader = new RegistryReader();

    private List<String> problems(ObjectNode json) throws IOException {
        Path file = RegistryFixture.write(dir, json);
        RegistryFile r = reader.read(file);
        assertFalse(r.isValid());
        assertNull(r.entry(), "an invalid file imports nothing");
        String prefix = file + ": ";
        r.messages().forEach(m -> assertTrue(m.startsWith(prefix), m));
        return r.messages().stream().map(m -> m.substring(prefix.length())).toList();
    }

    private static ArrayNode images(ObjectNode json, String array, int i) {
        return ((ObjectNode) json.withArray(array).get(i)).withArray("images");
    }

    @Test
    void readsTheContractExample() throws IOException {
        Path file = RegistryFixture.write(dir, RegistryFixture.example());
        RegistryFile r = reader.read(file);
        assertEquals(List.of(), r.messages());
        var e = r.entry();
        assertEquals("rh-aurelia", e.id());
        assertEquals("ip@aurelia.example", e.holder().contact());
        assertEquals(CanonicalJson.sha256Hex(Files.readAllBytes(file)), e.sourceSha256());
        Mark word = e.marks().get(0);
        assertEquals(new Mark("aurelia-word", "rh-aurelia", "Aurelia", MarkKind.WORD, "Aurelia", List.of("Aurelia Sport"),
                List.of(25), List.of("ID", "SG"), new Registration("DJKI", "IDM000777001", "2031-05-01"), List.of()), word);
        String logoSha = CanonicalJson.sha256Hex(Files.readAllBytes(dir.resolve("logos/aurelia.png")));
        assertEquals(List.of(StoredImage.stored("logos/aurelia.png", logoSha)), e.marks().get(1).images());
        var product = e.products().get(0);
        assertEquals(new Money(1299000, "IDR"), product.msrp());
        assertEquals("shoes", product.category());
        assertEquals(Set.of("m-aurelia-official"), e.authorizedSellers());
    }

    @Test
    void validationStoresNothingAndImportCopiesByContentHash() throws IOException {
        Path file = RegistryFixture.write(dir, RegistryFixture.example());
        MemoryImageStore store = new MemoryImageStore();
        RegistryFile r = reader.read(file);
        assertEquals(0, store.size());
        assertEquals(List.of(), reader.copyImages(r, store));
        assertEquals(2, store.size());
        String logoSha = r.entry().marks().get(1).images().get(0).sha256();
        byte[] original = Files.readAllBytes(dir.resolve("logos/aurelia.png"));
        Files.write(dir.resolve("logos/aurelia.png"), TestImages.png(10, 10)); // a later edit of the source folder
        assertArrayEquals(original, store.read(logoSha));
    }

    @Test
    void anImageEditedBetweenValidationAndCopyIsRefused() throws IOException {
        Path file = RegistryFixture.write(dir, RegistryFixture.example());
        RegistryFile r = reader.read(file);
        Files.write(dir.resolve("logos/aurelia.png"), TestImages.png(10, 10));
        MemoryImageStore store = new MemoryImageStore();
        var problems = reader.copyImages(r, store);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).text().contains("logos/aurelia.png changed while it was being imported"));
        assertFalse(reader.readAndStore(dir.resolve("nothing.json"), store).isValid());
    }

    @Test
    void reportsEveryMissingFieldAtOnceWithItsPath() throws IOException {
        ObjectNode json = RegistryFixture.example();
        ((ObjectNode) json.get("rightsHolder")).remove("name");
        var marks = json.withArray("marks");
        ((ObjectNode) marks.get(0)).remove("text");
        ((ObjectNode) marks.get(1)).remove("images");
        marks.addObject().put("id", "x").put("kind", "word").put("text", "Xyz");
        marks.addObject().put("id", "y").put("brand", "Aurelia").put("kind", "logo");
        ((ObjectNode) json.withArray("products").get(0)).remove("name");
        assertEquals(List.of(
                "rightsHolder.name: required",
                "marks[0].text: required for a word mark",
                "marks[1].images: required for a figurative mark (at least one image)",
                "marks[2].brand: required",
                "marks[3].kind: must be 'word' or 'figurative', not 'logo'",
                "products[0].name: required"), problems(json));
    }

    @Test
    void reportsWrongTypes() throws IOException {
        ObjectNode json = RegistryFixture.example();
        ((ObjectNode) json.withArray("products").get(0).get("msrp")).put("amount", "1.299.000");
        ObjectNode word = (ObjectNode) json.withArray("marks").get(0);
        word.put("text", 42);
        word.putArray("aliases").add("ok").add(7).add(" ");
        word.putArray("classes").add(25).add(99).add("25");
        ((ObjectNode) word.get("registration")).put("expires", "next year");
        json.put("authorizedSellers", "m-1");
        json.withArray("marks").add("not an object");
        ((ObjectNode) json.withArray("products").get(0)).putObject("images");
        assertEquals(List.of(
                "marks[0].text: must be a string",
                "marks[0].aliases[1]: must be a string",
                "marks[0].aliases[2]: must not be blank",
                "marks[0].classes[1]: must be between 1 and 45",
                "marks[0].classes[2]: must be a whole number",
                "marks[0].registration.expires: must be a date like 2031-05-01, not 'next year'",
                "marks[2]: must be an object",
                "products[0].msrp.amount: must be a number",
                "products[0].images: must be an array of strings",
                "authorizedSellers: must be an array of strings"), problems(json));
    }

    @Test
    void reportsWrongTypesOfTheTopLevelParts() throws IOException {
        ObjectNode json = RegistryFixture.example();
        json.put("rightsHolder", "rh-aurelia");
        json.putObject("marks");
        json.put("products", 3);
        assertEquals(List.of(
                "rightsHolder: must be an object",
                "marks: must be an array of objects",
                "products: must be an array of objects"), problems(json));
    }

    @Test
    void summarisesAFileInOneLine() throws IOException {
        Path file = RegistryFixture.write(dir, RegistryFixture.example());
        assertEquals(file + ": valid: rh-aurelia (2 marks, 1 product, 1 authorized seller)", reader.read(file).summary());
        ObjectNode json = RegistryFixture.example();
        json.remove("rightsHolder");
        json.put("schemaVersion", -1);
        Files.writeString(file, json.toString());
        assertEquals(file + ": 2 problems", reader.read(file).summary());
    }

    @Test
    void readAndStoreImportsTheImagesOfAValidFile() throws IOException {
        Path file = RegistryFixture.write(dir, RegistryFixture.example());
        MemoryImageStore store = new MemoryImageStore();
        RegistryFile r = reader.readAndStore(file, store);
        assertTrue(r.isValid());
        for (StoredImage image : RegistryReader.images(r.entry())) assertTrue(store.contains(image.sha256()), image.source());
        assertEquals(2, store.size());
    }

    @Test
    void refusesAnUnknownSchemaVersionAndAMissingOne() throws IOException {
        ObjectNode json = RegistryFixture.example();
        json.put("schemaVersion", 2);
        assertEquals(List.of("schemaVersion: unsupported version 2 (this genuine reads version 1)"), problems(json));
        json.remove("schemaVersion");
        json.remove("rightsHolder");
        assertEquals(List.of("schemaVersion: required", "rightsHolder: required"), problems(json));
        json.put("schemaVersion", "1");
        assertTrue(problems(json).contains("schemaVersion: must be a number"));
    }

    @Test
    void refusesDuplicateIdsWithinAFile() throws IOException {
        ObjectNode json = RegistryFixture.example();
        json.withArray("marks").addObject().put("id", "aurelia-word").put("brand", "Aurelia").put("kind", "word").put("text", "Aurel");
        json.withArray("products").add(json.withArray("products").get(0).deepCopy());
        assertEquals(List.of(
                "marks[2].id: duplicate id 'aurelia-word' (also at marks[0])",
                "products[1].id: duplicate id 'aurelia-runner-2' (also at products[0])"), problems(json));
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws IOException {
        Path file = dir.resolve("registry.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"rightsHolder\": {\"id\": \"rh-x\",}\n}\n");
        List<String> m = reader.read(file).messages();
        assertEquals(1, m.size());
        assertTrue(m.get(0).startsWith(file + ":3:"), m.get(0));
        assertTrue(m.get(0).contains("malformed JSON"), m.get(0));
        Files.writeString(file, "{\"schemaVersion\": 1, \"schemaVersion\": 1}");
        assertTrue(reader.read(file).messages().get(0).contains("Duplicate field 'schemaVersion'"));
        Files.writeString(file, "");
        assertEquals(List.of(file + ": empty file"), reader.read(file).messages());
        assertEquals(List.of(dir.resolve("none.json") + ": file not found"), reader.read(dir.resolve("none.json")).messages());
        Files.writeString(file, "[1]");
        assertTrue(reader.read(file).messages().get(0).contains("must be a JSON object"));
    }

    @Test
    void imagePathsMustStayInsideTheFolder() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), TestImages.png(5, 5));
        Path folder = Files.createDirectories(dir.resolve("aurelia"));
        ObjectNode json = RegistryFixture.example();
        images(json, "marks", 1).removeAll()
                .add(outside.resolve("secret.png").toString())
                .add("../elsewhere/secret.png")
                .add("logos/../../elsewhere/secret.png")
                .add("file:" + outside.resolve("secret.png"))
                .add("logos/../logos/aurelia.png");
        Path file = RegistryFixture.write(folder, json);
        assertEquals(List.of(
                file + ": marks[1].images[0]: must be a path relative to the registry file's folder, not an absolute path",
                file + ": marks[1].images[1]: climbs out of the registry file's folder with '..'",
                file + ": marks[1].images[2]: climbs out of the registry file's folder with '..'",
                file + ": marks[1].images[3]: must be a path relative to the registry file's folder, not a URL"),
                reader.read(file).messages());
    }

    @Test
    void aSymlinkOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), TestImages.png(5, 5));
        Path folder = Files.createDirectories(dir.resolve("aurelia"));
        RegistryFixture.writeImages(folder);
        Files.createSymbolicLink(folder.resolve("logos/link.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(folder.resolve("linked-dir"), outside);
        Files.createSymbolicLink(folder.resolve("logos/inside.png"), folder.resolve("logos/aurelia.png"));
        ObjectNode json = RegistryFixture.example();
        images(json, "marks", 1).removeAll()
                .add("logos/link.png").add("linked-dir/secret.png").add("logos/inside.png");
        Path file = RegistryFixture.write(folder, json);
        assertEquals(List.of(
                file + ": marks[1].images[0]: is a link that leads outside the registry file's folder",
                file + ": marks[1].images[1]: is a link that leads outside the registry file's folder"),
                reader.read(file).messages(), "a link that stays inside the folder is fine");
    }

    @Test
    void missingAndBadImagesAreErrors() throws IOException {
        ObjectNode json = RegistryFixture.example();
        images(json, "products", 0).add("products/none.jpg").add("products/readme.jpg")
                .add("products/cut.jpg").add("products/bomb.png").add("products");
        Path file = RegistryFixture.write(dir, json);
        Files.writeString(dir.resolve("products/readme.jpg"), "not a photo");
        byte[] jpeg = TestImages.jpeg(20, 20);
        Files.write(dir.resolve("products/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length - 20));
        Files.write(dir.resolve("products/bomb.png"), TestImages.pngHeaderOnly(50_000, 50_000));
        List<String> m = reader.read(file).messages();
        assertEquals(5, m.size(), m.toString());
        assertEquals(file + ": products[0].images[1]: image file not found: products/none.jpg", m.get(0));
        assertTrue(m.get(1).startsWith(file + ": products[0].images[2]: not an image"), m.get(1));
        assertTrue(m.get(2).startsWith(file + ": products[0].images[3]: truncated JPEG"), m.get(2));
        assertTrue(m.get(3).contains("products[0].images[4]: PNG declares 50000x50000 pixels"), m.get(3));
        assertEquals(file + ": products[0].images[5]: is not a regular file: products", m.get(4));
    }
}
