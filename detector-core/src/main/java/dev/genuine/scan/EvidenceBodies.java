package dev.genuine.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.Policy;
import dev.genuine.score.ScoredCandidate;
import dev.genuine.signal.Observation;
import dev.genuine.text.MarkMatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the body of a decision's evidence record: enough to explain and replay the decision without any other
 * table (the listing snapshot, the registry version and marks matched, every signal, the scorer and policy).
 */
public final class EvidenceBodies {
    public static final String DECISION = "decision";

    private EvidenceBodies() {}

    public static JsonNode decision(Assessment a, Policy policy) {
        Decision d = a.decision();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", Map.of("listingId", d.listingId(), "decision", d.kind().wireName(), "score", d.score(),
                "rightsHolderId", d.rightsHolderId() == null ? "" : d.rightsHolderId(), "reasons", d.reasons()));
        body.put("listing", snapshot(a.analysis().listing(), d.listingHash()));
        body.put("registry", Map.of("version", d.registryVersion(), "marksMatched", marks(a.analysis().markMatches())));
        body.put("signals", a.observations().stream().map(EvidenceBodies::observation).toList());
        body.put("candidates", a.candidates().stream().map(EvidenceBodies::candidate).toList());
        body.put("scorer", d.scorer());
        body.put("policy", Map.of("version", policy.version(), "takedownThreshold", policy.takedownThreshold(),
                "reviewThreshold", policy.reviewThreshold()));
        body.put("merchant", a.analysis().merchant());
        body.put("problems", a.problems());
        body.put("decidedAt", d.decidedAt().toString());
        return CanonicalJson.toTree(body);
    }

    static Map<String, Object> snapshot(Listing l, String hash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("merchantId", l.merchantId());
        m.put("title", l.title());
        m.put("description", l.description());
        m.put("price", l.price());
        m.put("category", l.category());
        m.put("reviews", l.reviews());
        m.put("images", l.storedImages().isEmpty() ? l.images().stream().map(s -> Map.of("source", s)).toList()
                : l.storedImages().stream().map(EvidenceBodies::image).toList());
        m.put("updatedAt", l.updatedAt() == null ? null : l.updatedAt().toString());
        m.put("contentHash", hash);
        return m;
    }

    private static Map<String, Object> image(StoredImage s) {
        return s.isStored() ? Map.of("source", s.source(), "sha256", s.sha256()) : Map.of("source", s.source(), "failure", s.failure());
    }

    private static List<Map<String, Object>> marks(List<MarkMatch> matches) {
        return matches.stream().map(m -> Map.<String, Object>of("markId", m.markId(), "rightsHolderId", m.rightsHolderId(),
                "brand", m.brand(), "form", m.markForm(), "field", m.field().wireName(), "matchedText", m.matchedText(),
                "transformations", m.transformations(), "editDistance", m.editDistance())).toList();
    }

    private static Map<String, Object> observation(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", o.signal());
        m.put("rightsHolderId", o.rightsHolderId());
        m.put("brand", o.brand());
        m.put("markId", o.markId());
        m.put("strength", o.strength());
        m.put("detail", o.detail());
        m.put("facts", o.facts());
        return m;
    }

    private static Map<String, Object> candidate(ScoredCandidate c) {
        return Map.of("rightsHolderId", c.candidate().rightsHolderId(), "brand", c.candidate().brand(),
                "score", Math.round(c.score() * 1000) / 1000.0);
    }
}
