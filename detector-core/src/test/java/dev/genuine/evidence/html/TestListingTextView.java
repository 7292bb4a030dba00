package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestListingTextView {
    private static JsonNode body(String json) throws Exception {
        return CanonicalJson.MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void marksWithoutOffsetsAreFoundInTheirOwnField() throws Exception {
        String html = ListingTextView.html(body("{'listing': {'title': 'Tas kulit', 'description': 'Mirip Z.e.p.h.y.r.a asli', 'reviews': []},"
                + " 'registry': {'marksMatched': [{'field': 'description', 'matchedText': 'Z.e.p.h.y.r.a'}]}}"));
        assertTrue(html.contains("Mirip <mark class=\"mark\">Z.e.p.h.y.r.a</mark> asli"), html);
        assertTrue(html.contains("Tas kulit</p>"), "a mark found in the description is not looked for in the title");
    }

    @Test
    void reviewOffsetsPointIntoTheJoinedReviews() throws Exception {
        String html = ListingTextView.html(body("{'listing': {'title': 't', 'description': '', 'reviews': ['bagus', 'zephyra palsu']},"
                + " 'signals': [{'signal': 'word-mark', 'facts': {'field': 'review', 'start': 6, 'matchedText': 'zephyra'}},"
                + " {'signal': 'buyer-reviews', 'facts': {'phrases': ['palsu']}}]}"));
        assertTrue(html.contains("bagus\n<mark class=\"mark\">zephyra</mark> <mark class=\"cue\">palsu</mark>"), html);
    }

    @Test
    void emptyListingFieldsAreLeftOut() throws Exception {
        String html = ListingTextView.html(body("{'listing': {'id': 'L-9', 'title': 't', 'updatedAt': null}}"));
        assertTrue(html.contains("<th>Listing</th><td>L-9</td>"));
        assertFalse(html.contains("Updated"));
    }
}
