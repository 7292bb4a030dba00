package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The image evidence of a decision: each image signal's listing image beside the registry image it matched
 * (the box drawn on the listing image), then every image the listing had, including those that failed to load.
 */
final class ImageMatchView {
    /** Measures worth a reader's attention, in the order they are shown. */
    private static final List<String> MEASURES = List.of("inliers", "distance", "similarity", "quality", "inlierRatio",
            "votes", "variant", "mirrored", "inverted");

    private final ImageEmbedder images;

    ImageMatchView(ImageEmbedder images) {
        this.images = images;
    }

    String html(JsonNode body) {
        StringBuilder b = new StringBuilder("<section><h3>Images</h3>");
        int matches = 0;
        for (JsonNode s : body.path("signals")) {
            JsonNode facts = s.path("facts");
            if (!facts.has("listingImage") && !facts.has("registryImage")) continue;
            matches++;
            b.append("<div class=\"match\"><h4>").append(Html.text(s.path("signal"))).append(": ")
                    .append(Html.text(s.path("brand"))).append(" <span class=\"muted\">")
                    .append(Html.text(facts.path("referenceId"))).append("</span></h4>")
                    .append("<p>").append(Html.text(s.path("detail"))).append("</p>")
                    .append("<p class=\"measures\">method <strong>").append(Html.text(facts.path("method"))).append("</strong>");
            for (String m : MEASURES) {
                if (facts.has(m)) b.append(" · ").append(Html.text(m)).append(" <strong>").append(Html.text(facts.get(m))).append("</strong>");
            }
            b.append(" · strength ").append(Html.number(s.path("strength").asDouble())).append("</p><div class=\"pair\">")
                    .append(ImageFigures.figure(images.embed(facts.path("listingImage").asText(null)), "Listing image", facts.path("box")))
                    .append(ImageFigures.figure(images.embed(facts.path("registryImage").asText(null)),
                            "Registry image (" + s.path("signal").asText() + ")", null))
                    .append("</div></div>");
        }
        if (matches == 0) b.append("<p class=\"muted\">No listing image matched a registry image.</p>");
        b.append(gallery(body.path("listing").path("images"))).append("</section>");
        return b.toString();
    }

    private String gallery(JsonNode listed) {
        if (listed.isEmpty()) return "<p class=\"muted\">The listing had no images.</p>";
        StringBuilder b = new StringBuilder("<h4>All images of the listing</h4><div class=\"gallery\">");
        int n = 0;
        for (JsonNode i : listed) {
            String caption = "#" + (++n) + " " + i.path("source").asText("");
            EmbeddedImage image = i.has("sha256") ? images.embed(i.get("sha256").asText())
                    : EmbeddedImage.missing("", i.has("failure") ? "failed at ingest: " + i.get("failure").asText()
                    : "was not fetched into the image store");
            b.append(ImageFigures.figure(image, caption, null));
        }
        return b.append("</div>").toString();
    }
}
