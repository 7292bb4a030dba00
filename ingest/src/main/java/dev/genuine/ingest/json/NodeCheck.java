package dev.genuine.ingest.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Money;
import dev.genuine.ingest.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of a JSON tree while collecting every problem with its JSON path, so one pass over a
 * document reports all its errors instead of stopping at the first. A getter returns null (or an empty list)
 * when the field is absent or wrong; the caller checks {@link #ok()} before building values from the results.
 */
public final class NodeCheck {
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private final String where;
    private final List<Problem> problems = new ArrayList<>();

    public NodeCheck(String where) {
        this.where = where;
    }

    /** The path of a field below {@code parent} ({@code ""} for the root). */
    public static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    public void add(String path, String message) {
        problems.add(new Problem(where, path, message));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The field's node, or null when it is absent or JSON null (both mean "not given"). */
    public static JsonNode field(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public JsonNode object(JsonNode parent, String name, String at, boolean required) {
        JsonNode n = field(parent, name);
        String p = path(at, name);
        if (n == null) {
            if (required) add(p, "required");
            return null;
        }
        if (!n.isObject()) {
            add(p, "must be an object");
            return null;
        }
        return n;
    }

    /** A string field; a required one must also not be blank. */
    public String text(JsonNode parent, String name, String at, boolean required) {
        return text(parent, name, at, required ? "required" : null);
    }

    /** A string field required with a specific message (e.g. "required for a word mark"); null: optional. */
    public String text(JsonNode parent, String name, String at, String requiredMessage) {
        JsonNode n = field(parent, name);
        String p = path(at, name);
        if (n == null) {
            if (requiredMessage != null) add(p, requiredMessage);
            return null;
        }
        if (!n.isTextual()) {
            add(p, "must be a string");
            return null;
        }
        if (requiredMessage != null && n.asText().isBlank()) {
            add(p, "must not be blank");
            return null;
        }
        return n.asText();
    }

    /** A whole number that is not negative (amounts, versions). */
    public Long wholeNumber(JsonNode parent, String name, String at, boolean required) {
        JsonNode n = field(parent, name);
        String p = path(at, name);
        if (n == null) {
            if (required) add(p, "required");
            return null;
        }
        if (!n.isNumber()) {
            add(p, "must be a number");
            return null;
        }
        if (!n.isIntegralNumber() && n.decimalValue().stripTrailingZeros().scale() > 0) {
            add(p, "must be a whole number");
            return null;
        }
        if (!n.canConvertToLong()) {
            add(p, "is too large");
            return null;
        }
        if (n.asLong() < 0) {
            add(p, "must not be negative");
            return null;
        }
        return n.asLong();
    }

    /** An array of strings; blank entries are refused because in a registry they can only be mistakes. */
    public List<String> texts(JsonNode parent, String name, String at) {
        return texts(parent, name, at, false);
    }

    /** An array of strings; with {@code dropBlank} blank entries are left out instead of refused. */
    public List<String> texts(JsonNode parent, String name, String at, boolean dropBlank) {
        JsonNode n = field(parent, name);
        String p = path(at, name);
        if (n == null) return List.of();
        if (!n.isArray()) {
            add(p, "must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) add(index(p, i), "must be a string");
            else if (e.asText().isBlank()) {
                if (!dropBlank) add(index(p, i), "must not be blank");
            }
            else out.add(e.asText());
        }
        return out;
    }

    /** An array of whole numbers within [min, max]. */
    public List<Integer> integers(JsonNode parent, String name, String at, int min, int max) {
        JsonNode n = field(parent, name);
        String p = path(at, name);
        if (n == null) return List.of();
        if (!n.isArray()) {
            add(p, "must be an array of numbers");
            return List.of();
        }
        List<Integer> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isIntegralNumber()) add(index(p, i), "must be a whole number");
            else if (!e.canConvertToInt() || e.asInt() < min || e.asInt() > max) {
                add(index(p, i), "must be between " + min + " and " + max);
            } else out.add(e.asInt());
        }
        return out;
    }

    /** A price or MSRP: {@code {"amount": 1299000, "currency": "IDR"}}, amount whole and not negative. */
    public Money money(JsonNode parent, String name, String at) {
        JsonNode n = object(parent, name, at, false);
        if (n == null) return null;
        String p = path(at, name);
        Long amount = wholeNumber(n, "amount", p, true);
        String currency = text(n, "currency", p, true);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            add(path(p, "currency"), "must be a three-letter currency code like IDR, not '" + currency + "'");
            return null;
        }
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    public Instant instant(JsonNode parent, String name, String at) {
        String s = text(parent, name, at, false);
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            add(path(at, name), "must be an ISO-8601 instant like 2026-11-20T10:00:00Z, not '" + s + "'");
            return null;
        }
    }

    public String date(JsonNode parent, String name, String at) {
        String s = text(parent, name, at, false);
        if (s == null) return null;
        try {
            LocalDate.parse(s);
            return s;
        } catch (DateTimeParseException e) {
            add(path(at, name), "must be a date like 2031-05-01, not '" + s + "'");
            return null;
        }
    }
}
