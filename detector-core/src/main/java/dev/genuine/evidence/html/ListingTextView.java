package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The listing's own words as the decision saw them, with the matched marks and the phrases signals relied on
 * highlighted. Offsets come from the word-mark and model-name facts where they still fit; the marks matched and phrases are
 * otherwise found by searching the field, because the registry list records no offsets.
 */
final class ListingTextView {
    /** Signals whose facts say where in a field they matched: a word mark, a product's model name. */
    private static final Set<String> NAMED = Set.of("word-mark", "product-name");

    private ListingTextView() {}

    static String html(JsonNode body) {
        JsonNode listing = body.path("listing");
        String reviews = joinedReviews(listing.path("reviews"));
        StringBuilder b = new StringBuilder("<section><h3>Listing</h3><table class=\"kv\">");
        row(b, "Listing", listing.path("id"));
        row(b, "Merchant", listing.path("merchantId"));
        row(b, "Category", listing.path("category"));
        row(b, "Updated", listing.path("updatedAt"));
        row(b, "Content hash", listing.path("contentHash"));
        b.append("</table>")
                .append("<p class=\"legend\"><mark class=\"mark\">registered mark or model name</mark> <mark class=\"cue\">phrase a signal relied on</mark></p>")
                .append("<h4>Title</h4><p class=\"text title\">").append(field(body, "title", listing.path("title").asText("")).html()).append("</p>")
                .append("<h4>Description</h4><div class=\"text\">").append(field(body, "description", listing.path("description").asText("")).html())
                .append("</div>");
        if (!reviews.isEmpty()) b.append("<h4>Buyer reviews</h4><div class=\"text\">").append(field(body, "review", reviews).html()).append("</div>");
        return b.append("</section>").toString();
    }

    /** Reviews joined as the matchers saw them, so review offsets point at the same characters. */
    private static String joinedReviews(JsonNode reviews) {
        List<String> all = new ArrayList<>();
        reviews.forEach(r -> all.add(r.asText("")));
        return String.join("\n", all);
    }

    private static Highlighter field(JsonNode body, String field, String text) {
        Highlighter h = new Highlighter(text);
        for (JsonNode s : body.path("signals")) {
            JsonNode f = s.path("facts");
            if (NAMED.contains(s.path("signal").asText()) && field.equals(f.path("field").asText())) {
                h.at(f.path("start").asInt(-1), f.path("matchedText").asText(""), "mark");
            }
            for (JsonNode phrase : f.path("phrases")) h.every(phrase.asText(""), "cue");
        }
        for (JsonNode m : body.path("registry").path("marksMatched")) {
            if (field.equals(m.path("field").asText())) h.every(m.path("matchedText").asText(""), "mark");
        }
        return h;
    }

    private static void row(StringBuilder b, String label, JsonNode value) {
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) return;
        b.append("<tr><th>").append(Html.text(label)).append("</th><td>").append(Html.text(value)).append("</td></tr>");
    }
}
