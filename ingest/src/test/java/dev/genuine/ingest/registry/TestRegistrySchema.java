package dev.genuine.ingest.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestRegistrySchema {
    @TempDir
    Path dir;
    private final JsonNode schema = parse(RegistrySchema.text());

    private static JsonNode parse(String text) {
        try {
            return RegistryFixture.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("the bundled schema is not JSON", e);
        }
    }

    private JsonNode def(String name) {
        return schema.at("/$defs/" + name);
    }

    /** The schema object for a place in the example: the root, rightsHolder, a mark, a product, an msrp. */
    private List<Object[]> objectsWithRequiredFields() {
        return List.of(
                new Object[] {schema, ""},
                new Object[] {schema.at("/properties/rightsHolder"), "rightsHolder"},
                new Object[] {def("mark"), "marks[0]"},
                new Object[] {def("mark"), "marks[1]"},
                new Object[] {def("product"), "products[0]"},
                new Object[] {def("money"), "products[0].msrp"});
    }

    @Test
    void isADraft202012SchemaWithADescriptionOnEveryProperty() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);
        assertEquals(List.of(), undescribed);
    }

    private static void collectUndescribed(JsonNode node, String at, List<String> out) {
        if (!node.isObject()) return;
        JsonNode props = node.get("properties");
        if (props != null) {
            for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!props.get(name).has("description")) out.add(at + "/" + name);
            }
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            collectUndescribed(node.get(name), at + "/" + name, out);
        }
    }

    @Test
    void everyFieldOfTheContractExampleIsDeclared() {
        ObjectNode example = RegistryFixture.example();
        assertDeclared(schema, example, "");
        assertDeclared(schema.at("/properties/rightsHolder"), example.get("rightsHolder"), "rightsHolder");
        for (JsonNode mark : example.get("marks")) assertDeclared(def("mark"), mark, "mark");
        assertDeclared(def("mark").at("/properties/registration"), example.at("/marks/0/registration"), "registration");
        assertDeclared(def("product"), example.at("/products/0"), "product");
        assertDeclared(def("money"), example.at("/products/0/msrp"), "msrp");
    }

    private static void assertDeclared(JsonNode schemaObject, JsonNode value, String where) {
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertTrue(schemaObject.get("properties").has(name), where + "." + name + " is not in the schema");
        }
    }

    @Test
    void theValidatorRequiresExactlyWhatTheSchemaRequires() throws IOException {
        RegistryReader reader = new RegistryReader();
        for (Object[] place : objectsWithRequiredFields()) {
            JsonNode schemaObject = (JsonNode) place[0];
            String at = (String) place[1];
            JsonNode declared = schemaObject.get("properties");
            for (Iterator<String> it = declared.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                ObjectNode example = RegistryFixture.example();
                JsonNode target = example.at(pointer(at));
                if (!target.has(field)) continue;
                ((ObjectNode) target).remove(field);
                Path file = RegistryFixture.write(dir, example);
                List<String> problems = reader.read(file).messages();
                String path = at.isEmpty() ? field : at + "." + field;
                boolean schemaRequires = requires(schemaObject, RegistryFixture.example().at(pointer(at)), field);
                boolean validatorRequires = problems.stream().anyMatch(p -> p.startsWith(file + ": " + path + ": required"));
                assertEquals(schemaRequires, validatorRequires, path + ": schema and validator disagree; validator said " + problems);
                if (!schemaRequires) assertEquals(List.of(), problems, "removing optional " + path);
            }
        }
    }

    @Test
    void theSchemaStatesTheConditionalRequirementsOfMarkKinds() {
        String allOf = def("mark").get("allOf").toString();
        assertTrue(allOf.contains("{\"kind\":{\"const\":\"word\"}}") && allOf.contains("\"required\":[\"text\"]"), allOf);
        assertTrue(allOf.contains("{\"kind\":{\"const\":\"figurative\"}}") && allOf.contains("\"required\":[\"images\"]"), allOf);
        assertEquals(RegistryValidator.SCHEMA_VERSION, schema.at("/properties/schemaVersion/const").asInt());
    }

    /** Whether the schema object requires {@code field} of {@code value}, counting if/then rules on constants. */
    private static boolean requires(JsonNode schemaObject, JsonNode value, String field) {
        if (contains(schemaObject.get("required"), field)) return true;
        for (JsonNode rule : schemaObject.path("allOf")) {
            boolean applies = true;
            for (Iterator<String> it = rule.at("/if/properties").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                applies &= rule.at("/if/properties/" + name + "/const").equals(value.get(name));
            }
            if (applies && contains(rule.at("/then/required"), field)) return true;
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        if (array == null) return false;
        for (JsonNode n : array) if (n.asText().equals(value)) return true;
        return false;
    }

    /** {@code products[0].msrp} as the JSON pointer {@code /products/0/msrp}. */
    private static String pointer(String path) {
        if (path.isEmpty()) return "";
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
}
