package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.scan.EvidenceBodies;

import java.util.List;

/** The listing's history as one table: every record in chain order, what it says in a line, and its hash. */
final class Timeline {
    /** Plain fields shown in a line for a record type the page does not know. */
    private static final int SUMMARY_FIELDS = 6;

    private Timeline() {}

    static String html(List<EvidenceRecord> records) {
        StringBuilder b = new StringBuilder("<section><h2>History</h2><table><tr><th>Seq</th><th>Recorded at</th><th>Type</th>"
                + "<th>What it says</th><th>Hash</th></tr>");
        for (EvidenceRecord r : records) {
            b.append("<tr><td class=\"num\"><a href=\"#record-").append(r.seq()).append("\">").append(r.seq()).append("</a></td><td>")
                    .append(Html.text(String.valueOf(r.recordedAt()))).append("</td><td>").append(Html.text(r.type()))
                    .append("</td><td>").append(summary(r)).append("</td><td><code>").append(Html.text(shortHash(r.hash())))
                    .append("</code>").append(ChainView.intact(r) ? "" : " <span class=\"warn\">altered</span>").append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }

    static String summary(EvidenceRecord r) {
        if (r.body() == null) return "";
        if (!EvidenceBodies.DECISION.equals(r.type())) return JsonView.summary(r.body(), SUMMARY_FIELDS);
        JsonNode d = r.body().path("decision");
        String kind = d.path("decision").asText("unknown");
        return "<span class=\"badge " + Html.text(kind) + "\">" + Html.text(kind) + "</span> score "
                + Html.number(d.path("score").asDouble()) + (d.path("rightsHolderId").asText("").isEmpty() ? ""
                : " for " + Html.text(d.path("rightsHolderId"))) + " · " + d.path("reasons").size() + " reasons";
    }

    private static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(16, hash.length())) + "…";
    }
}
