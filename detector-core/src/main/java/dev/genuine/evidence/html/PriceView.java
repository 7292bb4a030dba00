package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The listing's price against the MSRP of the registry product it was compared with: the ratio as a
 * percentage and a bar whose full width is the MSRP.
 */
final class PriceView {
    private PriceView() {}

    static String html(JsonNode body) {
        JsonNode price = body.path("listing").path("price");
        StringBuilder b = new StringBuilder("<section><h3>Price</h3>");
        String listed = price.has("amount") ? Html.money(price.get("amount").asLong(), price.path("currency").asText()) : "not given";
        b.append("<p>Listed at <strong>").append(listed).append("</strong>.</p>");
        boolean compared = false;
        for (JsonNode s : body.path("signals")) {
            if (!"price".equals(s.path("signal").asText())) continue;
            compared = true;
            JsonNode f = s.path("facts");
            double ratio = f.path("ratio").asDouble();
            long percent = Math.round(ratio * 100);
            b.append("<div class=\"price\"><p><strong>").append(percent).append("% of the MSRP</strong> of ")
                    .append(Html.text(s.path("brand"))).append(" product <code>").append(Html.text(f.path("productId")))
                    .append("</code>: ").append(Html.money(f.path("price").asLong(), f.path("currency").asText()))
                    .append(" against ").append(Html.money(f.path("msrp").asLong(), f.path("currency").asText()))
                    .append(" (ratio ").append(Html.number(ratio)).append(")</p>")
                    .append("<div class=\"bar\" title=\"MSRP = full width\"><div class=\"fill\" style=\"width:")
                    .append(Math.max(0, Math.min(100, percent))).append("%\"></div></div>")
                    .append("<p class=\"muted\">").append(Html.text(s.path("detail"))).append("</p></div>");
        }
        if (!compared) {
            b.append("<p class=\"muted\">No price signal: the price was not far below the MSRP of a matched brand's product, "
                    + "or no product with an MSRP in this currency and category was registered.</p>");
        }
        return b.append("</section>").toString();
    }
}
