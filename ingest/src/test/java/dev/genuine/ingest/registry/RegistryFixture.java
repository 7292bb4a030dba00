package dev.genuine.ingest.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.genuine.ingest.TestImages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Registry files for tests: the contract's example shape, with a fictional brand and real image files. */
final class RegistryFixture {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The example of contract.md for the fictional "Aurelia Footwear". */
    static final String EXAMPLE = """
            {
              "schemaVersion": 1,
              "rightsHolder": {"id": "rh-aurelia", "name": "Aurelia Footwear Ltd", "contact": "ip@aurelia.example"},
              "marks": [
                {"id": "aurelia-word", "brand": "Aurelia", "kind": "word", "text": "Aurelia",
                 "aliases": ["Aurelia Sport"], "classes": [25], "jurisdictions": ["ID", "SG"],
                 "registration": {"office": "DJKI", "number": "IDM000777001", "expires": "2031-05-01"}},
                {"id": "aurelia-logo", "brand": "Aurelia", "kind": "figurative", "images": ["logos/aurelia.png"]}
              ],
              "products": [
                {"id": "aurelia-runner-2", "brand": "Aurelia", "name": "Aurelia Runner 2", "category": "shoes",
                 "msrp": {"amount": 1299000, "currency": "IDR"}, "images": ["products/runner2-a.jpg"]}
              ],
              "authorizedSellers": ["m-aurelia-official"]
            }
            """;

    private RegistryFixture() {}

    static ObjectNode example() {
        try {
            return (ObjectNode) JSON.readTree(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the example's images into {@code folder}. */
    static void writeImages(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("logos"));
        Files.createDirectories(folder.resolve("products"));
        Files.write(folder.resolve("logos/aurelia.png"), TestImages.png(60, 40));
        Files.write(folder.resolve("products/runner2-a.jpg"), TestImages.jpeg(80, 60));
    }

    /** Writes {@code json} as {@code folder/registry.json} next to the example's images. */
    static Path write(Path folder, JsonNode json) throws IOException {
        writeImages(folder);
        Path file = folder.resolve("registry.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return file;
    }

    /** A word-mark-only registry file for holder {@code id} claiming {@code texts}. */
    static Path wordMarks(Path folder, String id, String... texts) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("schemaVersion", 1);
        root.putObject("rightsHolder").put("id", id).put("name", id + " Ltd");
        var marks = root.putArray("marks");
        for (int i = 0; i < texts.length; i++) {
            marks.addObject().put("id", id + "-m" + i).put("brand", texts[i]).put("kind", "word").put("text", texts[i]);
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("registry.json");
        Files.writeString(file, root.toString());
        return file;
    }
}
