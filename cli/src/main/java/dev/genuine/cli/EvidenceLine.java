package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.evidence.EvidenceRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One evidence record summarized for a listing's history: what was decided (or done), with the score and
 * reasons of a decision, read from the record's body.
 */
record EvidenceLine(long seq, String type, Instant recordedAt, String decision, Double score, String summary, List<String> reasons) {
    static EvidenceLine of(EvidenceRecord r) {
        JsonNode b = r.body();
        JsonNode d = b.path("decision");
        String decision = d.isObject() ? text(d, "decision") : firstOf(b, "verdict", "outcome");
        Double score = d.isObject() && d.path("score").isNumber() ? d.path("score").asDouble() : null;
        List<String> reasons = new ArrayList<>();
        d.path("reasons").forEach(x -> reasons.add(String.format(java.util.Locale.ROOT, "%.2f %s: %s",
                x.path("weight").asDouble(), x.path("signal").asText(), x.path("detail").asText())));
        return new EvidenceLine(r.seq(), r.type(), r.recordedAt(), decision, score, summary(b), reasons);
    }

    /** Who acted and why, for human records. */
    private static String summary(JsonNode b) {
        List<String> parts = new ArrayList<>();
        String by = firstOf(b, "moderator", "merchantId");
        if (by != null) parts.add("by " + by);
        String why = firstOf(b, "note", "statement", "reason");
        if (why != null && !why.isBlank()) parts.add("\"" + why + "\"");
        if (b.has("label")) parts.add("label " + b.get("label").asText());
        return String.join(", ", parts);
    }

    private static String firstOf(JsonNode b, String... fields) {
        for (String f : fields) {
            String s = text(b, f);
            if (s != null) return s;
        }
        return null;
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
