package dev.genuine.ingest.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registration;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.ingest.json.NodeCheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static dev.genuine.ingest.json.NodeCheck.field;
import static dev.genuine.ingest.json.NodeCheck.index;
import static dev.genuine.ingest.json.NodeCheck.path;

/**
 * Checks a parsed registry document against the format of {@code registry.schema.json} and builds the rights
 * holder's entry from it, collecting every problem (with its JSON path) rather than stopping at the first.
 * Images are checked by {@link RegistryImageCheck}.
 */
final class RegistryValidator {
    static final int SCHEMA_VERSION = 1;

    private final NodeCheck check;
    private final RegistryImageCheck images;

    RegistryValidator(NodeCheck check, RegistryImageCheck images) {
        this.check = check;
        this.images = images;
    }

    /** The entry, or null when anything is wrong (the problems are in the {@link NodeCheck}). */
    RightsHolderEntry validate(JsonNode root, String sourceSha256) {
        if (!root.isObject()) {
            check.add("", "must be a JSON object with schemaVersion, rightsHolder, marks and products");
            return null;
        }
        Long version = check.wholeNumber(root, "schemaVersion", "", true);
        if (version != null && version != SCHEMA_VERSION) {
            // a different version means a different format: its other fields cannot be judged by this one
            check.add("schemaVersion", "unsupported version " + version + " (this genuine reads version " + SCHEMA_VERSION + ")");
            return null;
        }
        JsonNode holderNode = check.object(root, "rightsHolder", "", true);
        String holderId = null, holderName = null, contact = null;
        if (holderNode != null) {
            holderId = check.text(holderNode, "id", "rightsHolder", true);
            holderName = check.text(holderNode, "name", "rightsHolder", true);
            contact = check.text(holderNode, "contact", "rightsHolder", false);
        }
        String owner = holderId == null ? "?" : holderId;
        List<Mark> marks = new ArrayList<>();
        forEachObject(root, "marks", (node, at) -> {
            Mark m = mark(node, at, owner);
            if (m != null) marks.add(m);
        });
        List<Product> products = new ArrayList<>();
        forEachObject(root, "products", (node, at) -> {
            Product p = product(node, at, owner);
            if (p != null) products.add(p);
        });
        List<String> sellers = check.texts(root, "authorizedSellers", "");
        if (!check.ok()) return null;
        return new RightsHolderEntry(new RightsHolder(holderId, holderName, contact), marks, products,
                new LinkedHashSet<>(sellers), sourceSha256);
    }

    private interface ElementVisitor {
        void visit(JsonNode node, String at);
    }

    /** Visits each element of an optional array of objects, refusing duplicate ids among them. */
    private void forEachObject(JsonNode root, String name, ElementVisitor visitor) {
        JsonNode array = field(root, name);
        if (array == null) return;
        if (!array.isArray()) {
            check.add(name, "must be an array of objects");
            return;
        }
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = index(name, i);
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                check.add(at, "must be an object");
                continue;
            }
            JsonNode id = field(node, "id");
            if (id != null && id.isTextual()) {
                String earlier = ids.putIfAbsent(id.asText(), at);
                if (earlier != null) check.add(path(at, "id"), "duplicate id '" + id.asText() + "' (also at " + earlier + ")");
            }
            visitor.visit(node, at);
        }
    }

    private Mark mark(JsonNode node, String at, String owner) {
        String id = check.text(node, "id", at, true);
        String brand = check.text(node, "brand", at, true);
        String kindText = check.text(node, "kind", at, true);
        MarkKind kind = null;
        if (kindText != null) {
            if (kindText.equals("word") || kindText.equals("figurative")) kind = MarkKind.fromWire(kindText);
            else check.add(path(at, "kind"), "must be 'word' or 'figurative', not '" + kindText + "'");
        }
        String text = check.text(node, "text", at, kind == MarkKind.WORD ? "required for a word mark" : null);
        List<String> aliases = check.texts(node, "aliases", at);
        List<Integer> classes = check.integers(node, "classes", at, 1, 45); // the Nice classification has 45 classes
        List<String> jurisdictions = check.texts(node, "jurisdictions", at);
        Registration registration = registration(node, at);
        var stored = images.check(node, at, kind == MarkKind.FIGURATIVE ? "required for a figurative mark (at least one image)" : null);
        if (id == null || brand == null || kind == null || !check.ok()) return null;
        return new Mark(id, owner, brand, kind, text, aliases, classes, jurisdictions, registration, stored);
    }

    private Registration registration(JsonNode node, String at) {
        JsonNode r = check.object(node, "registration", at, false);
        if (r == null) return null;
        String p = path(at, "registration");
        return new Registration(check.text(r, "office", p, false), check.text(r, "number", p, false), check.date(r, "expires", p));
    }

    private Product product(JsonNode node, String at, String owner) {
        String id = check.text(node, "id", at, true);
        String brand = check.text(node, "brand", at, true);
        String name = check.text(node, "name", at, true);
        String category = check.text(node, "category", at, false);
        var msrp = check.money(node, "msrp", at);
        var stored = images.check(node, at, null);
        if (id == null || brand == null || name == null || !check.ok()) return null;
        return new Product(id, owner, brand, name, category, msrp, stored);
    }
}
