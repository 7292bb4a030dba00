package dev.genuine.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the policy file ({@code policy.json} in the home folder): any of takedownThreshold, reviewThreshold
 * and strikesToSuspend; what is absent keeps its default. No file means the defaults.
 */
public final class PolicyFile {
    public static final String FILE_NAME = "policy.json";
    private static final Set<String> FIELDS = Set.of("takedownThreshold", "reviewThreshold", "strikesToSuspend");

    private PolicyFile() {}

    public static Policy load(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) return Policy.DEFAULT;
        JsonNode n;
        try {
            n = CanonicalJson.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) throw new IOException(file + ": must be a JSON object");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new IOException(file + ": " + f + ": unknown setting (known: " + String.join(", ", FIELDS) + ")");
        }
        Policy d = Policy.DEFAULT;
        try {
            return new Policy(number(file, n, "takedownThreshold", d.takedownThreshold()),
                    number(file, n, "reviewThreshold", d.reviewThreshold()),
                    (int) number(file, n, "strikesToSuspend", d.strikesToSuspend()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static double number(Path file, JsonNode n, String field, double dflt) throws IOException {
        JsonNode v = n.get(field);
        if (v == null) return dflt;
        if (!v.isNumber()) throw new IOException(file + ": " + field + ": must be a number");
        return v.asDouble();
    }
}
