package dev.genuine.testdata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed for ingest tests that mixes good listings with bad lines (broken JSON, a missing title, a price
 * given as a string, ...), and a description of which lines are bad and why.
 */
final class ErrorFeed {
    /** The feed's lines and the expectations file that goes with it. */
    record Files(byte[] feed, byte[] expected) {
    }

    private ErrorFeed() {
    }

    /** Interleaves copies of the first three {@code listings} with six bad lines. */
    static Files of(List<GeneratedListing> listings) {
        List<String> lines = new ArrayList<>();
        ObjectNode expected = CorpusFiles.MAPPER.createObjectNode();
        ArrayNode valid = expected.putArray("valid");
        ArrayNode rejected = expected.putArray("rejected");
        addValid(lines, valid, listings.get(0));
        addBad(lines, rejected, "E-000001", "broken JSON",
                "{\"id\": \"E-000001\", \"merchantId\": \"m-90001\", \"title\": \"Botol minum 1 liter\", \"price\": {\"amount\": 25000");
        addBad(lines, rejected, "E-000002", "missing required field: title",
                "{\"id\": \"E-000002\", \"merchantId\": \"m-90002\", \"description\": \"Judulnya lupa diisi\", \"price\": {\"amount\": 45000, \"currency\": \"IDR\"}}");
        addValid(lines, valid, listings.get(1));
        addBad(lines, rejected, "E-000003", "wrong type: price is a string",
                "{\"id\": \"E-000003\", \"merchantId\": \"m-90003\", \"title\": \"Kaos polos hitam\", \"price\": \"150000\"}");
        addBad(lines, rejected, "E-000004", "wrong type: price.amount is not a number",
                "{\"id\": \"E-000004\", \"merchantId\": \"m-90004\", \"title\": \"Tas kanvas\", \"price\": {\"amount\": \"seratus ribu\", \"currency\": \"IDR\"}}");
        addBad(lines, rejected, null, "missing required field: id",
                "{\"merchantId\": \"m-90005\", \"title\": \"Payung lipat\", \"price\": {\"amount\": 60000, \"currency\": \"IDR\"}}");
        addBad(lines, rejected, null, "not a JSON object", "[\"E-000006\", \"m-90006\", \"Lampu meja\"]");
        addValid(lines, valid, listings.get(2));
        String feed = String.join("\n", lines) + "\n";
        return new Files(feed.getBytes(StandardCharsets.UTF_8), CorpusFiles.pretty(expected));
    }

    private static void addValid(List<String> lines, ArrayNode valid, GeneratedListing listing) {
        lines.add(CorpusFiles.compact(CorpusFiles.listingJson(listing)));
        valid.add(listing.id());
    }

    private static void addBad(List<String> lines, ArrayNode rejected, String id, String problem, String line) {
        lines.add(line);
        ObjectNode entry = rejected.addObject();
        entry.put("line", lines.size());
        entry.put("id", id);
        entry.put("problem", problem);
    }
}
