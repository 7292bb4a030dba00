package dev.genuine.enforcement;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.domain.Money;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.score.Reason;
import dev.genuine.store.GenuineStore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Test fixtures: a listing of a fictional brand scanned into a decision with its evidence, as the scanner would. */
final class Seed {
    private Seed() {}

    static Listing listing(String id, String merchant) {
        return new Listing(id, merchant, "Sepatu Velmora KW super", "grade ori", new Money(99000, "IDR"), "shoes",
                List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), List.of());
    }

    /** Stores the listing, a decision of the kind and its evidence record, then lets moderation follow it up. */
    static EvidenceRecord scanned(GenuineStore store, Moderation moderation, String id, String merchant, DecisionKind kind, double score) {
        Listing l = listing(id, merchant);
        store.listings().upsert(List.of(l));
        Decision d = new Decision(id, kind, score, List.of(new Reason("word-mark", "velmora-word", "rh-velmora", "Velmora",
                "title contains 'Velmora'", 0.6)), "rh-velmora", ListingHash.of(l), 1, "transparent/1", "default-1",
                Instant.parse("2026-11-21T00:00:00Z"));
        EvidenceRecord r = store.evidence().append(List.of(new EvidenceEntry(EvidenceTypes.DECISION, id, CanonicalJson.toTree(
                Map.of("decision", Map.of("listingId", id, "decision", kind.wireName(), "score", score, "reasons", d.reasons())))))).get(0);
        store.decisions().saveAll(List.of(d));
        moderation.onDecision(d, merchant, r);
        return r;
    }

    /** A clock tests move forward by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
