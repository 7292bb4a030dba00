package dev.genuine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Listing;
import dev.genuine.json.CanonicalJson;
import dev.genuine.score.Reason;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.ReviewItem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A review item as a moderator sees it: the item, the listing's title and merchant, and the reasons the scanner
 * flagged it for, read from the decision's evidence record (the latest stored decision when the record has none).
 */
record ReviewItemView(ReviewItem item, String title, String merchantId, List<Reason> reasons) {
    static ReviewItemView of(GenuineStore store, ReviewItem item) {
        Listing listing = store.listings().get(item.listingId()).orElse(null);
        List<Reason> reasons = store.evidence().get(item.evidenceSeq())
                .map(r -> r.body().path("decision").path("reasons"))
                .filter(JsonNode::isArray)
                .map(ReviewItemView::reasons)
                .orElseGet(() -> store.decisions().latest(item.listingId()).map(d -> d.reasons()).orElse(List.of()));
        return new ReviewItemView(item, listing == null ? null : listing.title(), listing == null ? null : listing.merchantId(), reasons);
    }

    private static List<Reason> reasons(JsonNode array) {
        List<Reason> out = new ArrayList<>();
        array.forEach(n -> out.add(CanonicalJson.MAPPER.convertValue(n, Reason.class)));
        return out;
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "review item %d: %s (%s)%n", item.id(), item.listingId(), item.status()
                + (item.claimedBy() == null ? "" : " by " + item.claimedBy()));
        if (title != null) out.printf("  title:    %s%n", title);
        if (merchantId != null) out.printf("  merchant: %s%n", merchantId);
        out.printf(Locale.ROOT, "  score:    %.3f%s%n", item.score(),
                item.rightsHolderId() == null ? "" : "  rights holder: " + item.rightsHolderId());
        out.printf("  evidence: #%d%n", item.evidenceSeq());
        if (item.verdict() != null) {
            out.printf("  verdict:  %s%s%n", item.verdict(), item.note() == null ? "" : " (" + item.note() + ")");
        }
        out.println(reasons.isEmpty() ? "  reasons:  none recorded" : "  reasons:");
        for (Reason r : reasons) out.printf(Locale.ROOT, "    %.2f  %-20s %s%n", r.weight(), r.signal(), r.detail());
    }
}
