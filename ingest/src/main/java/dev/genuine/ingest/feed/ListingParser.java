package dev.genuine.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.ingest.Problem;
import dev.genuine.ingest.json.NodeCheck;

import java.time.Instant;
import java.util.List;

/**
 * Turns one feed record (a JSON object, from a JSON line or a CSV row) into a {@link Listing}, or reports every
 * problem in it. Required: {@code id}, {@code merchantId}, {@code title}; unknown fields are ignored so feeds
 * may carry more than genuine reads.
 */
final class ListingParser {
    private ListingParser() {}

    /** The listing, or null with the problems added to {@code problems}. */
    static Listing parse(JsonNode node, String where, List<Problem> problems) {
        NodeCheck c = new NodeCheck(where);
        if (!node.isObject()) {
            c.add("", "must be a JSON object, one listing a line");
            problems.addAll(c.problems());
            return null;
        }
        String id = c.text(node, "id", "", true);
        String merchantId = c.text(node, "merchantId", "", true);
        String title = c.text(node, "title", "", true);
        String description = c.text(node, "description", "", false);
        Money price = c.money(node, "price", "");
        String category = c.text(node, "category", "", false);
        List<String> images = c.texts(node, "images", "", true);
        List<String> reviews = c.texts(node, "reviews", "", true);
        Instant updatedAt = c.instant(node, "updatedAt", "");
        if (!c.ok()) {
            problems.addAll(c.problems());
            return null;
        }
        return new Listing(id, merchantId, title, description, price, category, images, reviews, updatedAt, List.of());
    }
}
