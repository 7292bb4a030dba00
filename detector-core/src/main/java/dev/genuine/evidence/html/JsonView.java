package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Any record body as nested key/value tables, for the record types the page has no dedicated view of
 * (moderator verdicts, appeals, suspensions, and types added later).
 */
final class JsonView {
    /** Deeper structures are shown as JSON text rather than ever more nested tables. */
    private static final int MAX_DEPTH = 3;

    private JsonView() {}

    static String html(JsonNode node) {
        return html(node, 0);
    }

    private static String html(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) return "<span class=\"muted\">none</span>";
        if (node.isValueNode()) return Html.text(node);
        if (depth >= MAX_DEPTH) return "<code>" + Html.text(node.toString()) + "</code>";
        if (node.isEmpty()) return "<span class=\"muted\">" + (node.isArray() ? "none" : "empty") + "</span>";
        StringBuilder b = new StringBuilder();
        if (node.isArray()) {
            b.append("<ol>");
            node.forEach(n -> b.append("<li>").append(html(n, depth + 1)).append("</li>"));
            return b.append("</ol>").toString();
        }
        b.append("<table class=\"kv\">");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            b.append("<tr><th>").append(Html.text(e.getKey())).append("</th><td>").append(html(e.getValue(), depth + 1)).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** A one-line summary of a body: its top-level plain values, e.g. "verdict: upheld · moderator: mod-3". */
    static String summary(JsonNode body, int maxFields) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) body::fields) {
            if (!e.getValue().isValueNode() || e.getValue().isNull() || n++ >= maxFields) continue;
            if (b.length() > 0) b.append(" · ");
            b.append(Html.text(e.getKey())).append(": <strong>").append(Html.text(e.getValue())).append("</strong>");
        }
        return b.toString();
    }
}
