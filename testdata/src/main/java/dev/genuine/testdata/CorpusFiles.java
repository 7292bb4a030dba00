package dev.genuine.testdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/** Turns listings and labels into the text files of a corpus: JSON Lines, CSV and pretty JSON. */
final class CorpusFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Pretty JSON with "\n" line ends on every platform, so the committed files do not depend on the OS. */
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    static final List<String> CSV_HEADER = List.of("id", "merchantId", "title", "description", "price.amount",
            "price.currency", "category", "images", "reviews", "updatedAt");

    private CorpusFiles() {
    }

    static ObjectNode listingJson(GeneratedListing l) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", l.id());
        node.put("merchantId", l.merchantId());
        node.put("title", l.title());
        node.put("description", l.description());
        ObjectNode price = node.putObject("price");
        price.put("amount", l.priceAmount());
        price.put("currency", l.currency());
        node.put("category", l.category());
        l.images().forEach(node.putArray("images")::add);
        l.reviews().forEach(node.putArray("reviews")::add);
        node.put("updatedAt", l.updatedAt());
        return node;
    }

    static ObjectNode labelJson(Label label) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("listingId", label.listingId());
        node.put("infringing", label.infringing());
        node.put("brand", label.brand());
        node.put("rightsHolderId", label.rightsHolderId());
        node.put("case", label.caseKind().label());
        label.acceptable().forEach(node.putArray("acceptable")::add);
        node.set("variant", MAPPER.valueToTree(label.variant()));
        return node;
    }

    static byte[] jsonLines(List<ObjectNode> nodes) {
        StringBuilder out = new StringBuilder();
        for (ObjectNode node : nodes) {
            out.append(compact(node)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String compact(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pretty(ObjectNode node) {
        try {
            return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listings as CSV with the documented header; several images or reviews are joined by '|'. */
    static byte[] csv(List<GeneratedListing> listings) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
        for (GeneratedListing l : listings) {
            List<String> cells = List.of(l.id(), l.merchantId(), l.title(), l.description(), Long.toString(l.priceAmount()),
                    l.currency(), l.category(), String.join("|", l.images()), String.join("|", l.reviews()), l.updatedAt());
            StringJoiner row = new StringJoiner(",");
            cells.forEach(cell -> row.add(csvCell(cell)));
            out.append(row).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
