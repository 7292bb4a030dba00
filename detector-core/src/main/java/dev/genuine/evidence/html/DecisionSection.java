package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.evidence.EvidenceRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One decision record in full: the outcome against the policy's thresholds, the reasons by weight, the
 * listing's text, price and images, what the registry and the signals contributed, and where the record sits
 * in the evidence chain.
 */
final class DecisionSection {
    private final ImageMatchView images;

    DecisionSection(ImageEmbedder embedder) {
        this.images = new ImageMatchView(embedder);
    }

    String html(EvidenceRecord r) {
        JsonNode body = r.body();
        return outcome(body) + reasons(body.path("decision").path("reasons")) + ListingTextView.html(body)
                + PriceView.html(body) + images.html(body) + registry(body) + signals(body) + ChainView.html(r);
    }

    private static String outcome(JsonNode body) {
        JsonNode d = body.path("decision");
        JsonNode policy = body.path("policy");
        String kind = d.path("decision").asText("unknown");
        double score = d.path("score").asDouble();
        StringBuilder b = new StringBuilder("<section class=\"outcome\"><h2>Decision <span class=\"badge ")
                .append(Html.text(kind)).append("\">").append(Html.text(kind.toUpperCase(java.util.Locale.ROOT)))
                .append("</span></h2><p>Score <strong>").append(Html.number(score)).append("</strong> · takedown at ≥ ")
                .append(Html.text(policy.path("takedownThreshold"))).append(" · review at ≥ ")
                .append(Html.text(policy.path("reviewThreshold"))).append(" (policy ")
                .append(Html.text(policy.path("version"))).append(")</p>")
                .append("<div class=\"scale\"><div class=\"fill\" style=\"width:").append(percent(score)).append("%\"></div>");
        for (String t : List.of("review", "takedown")) {
            JsonNode threshold = policy.path(t + "Threshold");
            if (threshold.isNumber()) {
                b.append("<span class=\"tick\" title=\"").append(t).append(" at ").append(Html.number(threshold.asDouble()))
                        .append("\" style=\"left:").append(percent(threshold.asDouble())).append("%\"></span>");
            }
        }
        b.append("</div><p>Rights holder <strong>").append(Html.text(d.path("rightsHolderId"))).append("</strong> · decided at ")
                .append(Html.text(body.path("decidedAt"))).append("</p>");
        JsonNode problems = body.path("problems");
        if (!problems.isEmpty()) {
            b.append("<p class=\"warn\">Problems while deciding:</p><ul>");
            problems.forEach(p -> b.append("<li>").append(Html.text(p)).append("</li>"));
            b.append("</ul>");
        }
        return b.append("</section>").toString();
    }

    private static long percent(double share) {
        return Math.max(0, Math.min(100, Math.round(share * 100)));
    }

    private static String reasons(JsonNode reasons) {
        List<JsonNode> ordered = new ArrayList<>();
        reasons.forEach(ordered::add);
        ordered.sort(Comparator.comparingDouble((JsonNode n) -> n.path("weight").asDouble()).reversed());
        StringBuilder b = new StringBuilder("<section><h3>Reasons, by weight</h3>");
        if (ordered.isEmpty()) return b.append("<p class=\"muted\">No reasons: nothing matched.</p></section>").toString();
        b.append("<table><tr><th>Weight</th><th>Signal</th><th>Brand</th><th>Rights holder</th><th>Mark</th><th>Detail</th></tr>");
        for (JsonNode n : ordered) {
            b.append("<tr><td class=\"num\">").append(Html.number(n.path("weight").asDouble())).append("</td>");
            for (String k : List.of("signal", "brand", "rightsHolderId", "markId", "detail")) {
                b.append("<td>").append(Html.text(n.path(k))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</table></section>").toString();
    }

    private static String registry(JsonNode body) {
        JsonNode reg = body.path("registry");
        StringBuilder b = new StringBuilder("<section><h3>Registry</h3><p>Registry version <strong>")
                .append(Html.text(reg.path("version"))).append("</strong> · scorer <strong>").append(Html.text(body.path("scorer")))
                .append("</strong> · policy <strong>").append(Html.text(body.path("policy").path("version"))).append("</strong></p>");
        JsonNode marks = reg.path("marksMatched");
        if (marks.isEmpty()) return b.append("<p class=\"muted\">No word mark matched.</p></section>").toString();
        b.append("<table><tr><th>Mark</th><th>Brand</th><th>Registered as</th><th>Field</th><th>Listing wrote</th>"
                + "<th>Transformations</th><th>Edits</th></tr>");
        for (JsonNode m : marks) {
            b.append("<tr><td>").append(Html.text(m.path("markId"))).append("</td><td>").append(Html.text(m.path("brand")))
                    .append("</td><td>").append(Html.text(m.path("form"))).append("</td><td>").append(Html.text(m.path("field")))
                    .append("</td><td><mark class=\"mark\">").append(Html.text(m.path("matchedText"))).append("</mark></td><td>")
                    .append(Html.text(joined(m.path("transformations")))).append("</td><td class=\"num\">")
                    .append(Html.text(m.path("editDistance"))).append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }

    private static String signals(JsonNode body) {
        StringBuilder b = new StringBuilder("<section><h3>Signals observed</h3><table><tr><th>Signal</th><th>Brand</th>"
                + "<th>Strength</th><th>Detail</th></tr>");
        for (JsonNode s : body.path("signals")) {
            b.append("<tr><td>").append(Html.text(s.path("signal"))).append("</td><td>").append(Html.text(s.path("brand")))
                    .append("</td><td class=\"num\">").append(Html.number(s.path("strength").asDouble())).append("</td><td>")
                    .append(Html.text(s.path("detail"))).append("</td></tr>");
        }
        b.append("</table>");
        JsonNode candidates = body.path("candidates");
        if (!candidates.isEmpty()) {
            b.append("<h4>Candidate brands</h4><table><tr><th>Rights holder</th><th>Brand</th><th>Score</th></tr>");
            for (JsonNode c : candidates) {
                b.append("<tr><td>").append(Html.text(c.path("rightsHolderId"))).append("</td><td>").append(Html.text(c.path("brand")))
                        .append("</td><td class=\"num\">").append(Html.number(c.path("score").asDouble())).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (body.has("merchant")) b.append("<h4>Merchant at the time</h4>").append(JsonView.html(body.get("merchant")));
        return b.append("</section>").toString();
    }

    private static String joined(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(n -> parts.add(n.asText()));
        return String.join(", ", parts);
    }
}
