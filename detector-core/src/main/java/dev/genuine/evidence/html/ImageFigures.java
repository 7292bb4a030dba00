package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Draws one image as a figure: the embedded picture with, for a logo, the box where it was found as an SVG
 * rectangle laid over it. The SVG's view box is the image's own pixel size, so the rectangle is given in the
 * evidence's pixel coordinates and scales with the picture however the browser sizes it.
 */
final class ImageFigures {
    private ImageFigures() {}

    /** The figure for an image; {@code box} is {x, y, w, h} in image pixels, or a missing node. */
    static String figure(EmbeddedImage image, String caption, JsonNode box) {
        StringBuilder b = new StringBuilder("<figure class=\"shot\">");
        if (image.isShown()) {
            b.append("<div class=\"frame\"><img src=\"").append(image.dataUri())
                    .append("\" width=\"").append(image.width()).append("\" height=\"").append(image.height())
                    .append("\" alt=\"").append(Html.text(caption)).append("\">");
            if (isBox(box)) {
                b.append("<svg class=\"overlay\" viewBox=\"0 0 ").append(image.width()).append(' ').append(image.height())
                        .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                        .append("<rect class=\"box\" x=\"").append(box.get("x").asInt()).append("\" y=\"").append(box.get("y").asInt())
                        .append("\" width=\"").append(box.get("w").asInt()).append("\" height=\"").append(box.get("h").asInt())
                        .append("\"/></svg>");
            }
            b.append("</div>");
        } else {
            b.append("<div class=\"placeholder\"><strong>Image not available</strong><br>")
                    .append(Html.text(image.problem())).append("</div>");
        }
        b.append("<figcaption>").append(Html.text(caption));
        if (image.isShown()) b.append(" · ").append(image.width()).append('×').append(image.height()).append(" px");
        if (isBox(box)) {
            b.append(" · box at (").append(box.get("x").asInt()).append(", ").append(box.get("y").asInt()).append("), ")
                    .append(box.get("w").asInt()).append('×').append(box.get("h").asInt()).append(" px");
        }
        if (!image.sha256().isEmpty()) b.append("<br><code>").append(Html.text(image.sha256())).append("</code>");
        b.append("</figcaption></figure>");
        return b.toString();
    }

    private static boolean isBox(JsonNode box) {
        if (box == null || !box.isObject()) return false;
        for (String k : new String[] {"x", "y", "w", "h"}) if (!box.path(k).canConvertToInt()) return false;
        return box.get("w").asInt() > 0 && box.get("h").asInt() > 0;
    }
}
