package dev.genuine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.genuine.json.CanonicalJson;

import java.io.PrintWriter;

/** Writes a command's JSON output: one pretty-printed document, keys in a stable order. */
final class Output {
    private Output() {}

    static String json(Object value) {
        try {
            return CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output: " + e.getOriginalMessage(), e);
        }
    }

    static void printJson(PrintWriter out, Object value) {
        out.println(json(value));
    }
}
