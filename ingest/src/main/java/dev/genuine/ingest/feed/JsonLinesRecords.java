package dev.genuine.ingest.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.genuine.ingest.Problem;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A JSON Lines feed read line by line: each line is parsed on its own, so a broken line is reported and the next
 * line reads normally. Blank lines are skipped.
 */
final class JsonLinesRecords implements FeedRecords {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 1e400 is "too large", not Infinity
            .build();

    private final BufferedReader in;
    private final String name;
    private long line;

    JsonLinesRecords(BufferedReader in, String name) {
        this.in = in;
        this.name = name;
    }

    @Override
    public FeedRecord next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) return null;
            line++;
        } while (text.isBlank());
        try {
            JsonNode node = JSON.readTree(text);
            return new FeedRecord(line, node, null);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage().startsWith("Trailing token") ? "more than one JSON value on the line" : e.getOriginalMessage();
            return new FeedRecord(line, null, new Problem(name + ":" + line, "", "broken JSON" + at + ": " + why));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
