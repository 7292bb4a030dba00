package dev.genuine.enforcement;

import dev.genuine.domain.Listing;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.Appeal;
import dev.genuine.store.GenuineStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merchants' appeals against takedowns. Only the listing's own merchant may appeal, and only while the listing's
 * latest decision (the scanner's or a moderator's) is a takedown. An upheld appeal overturns it: the listing is
 * allowed, its strike withdrawn (lifting a suspension that no longer meets the policy), and the evidence labels
 * the takedown a false positive so models can learn from it. Filing and deciding are both in the chain.
 */
public final class Appeals {
    /** Evidence types a takedown can be cited from. */
    private static final Set<String> TAKEDOWN_RECORDS = Set.of(EvidenceTypes.DECISION, EvidenceTypes.MODERATOR_VERDICT);

    private final GenuineStore store;
    private final Moderation moderation;
    private final Strikes strikes;
    private final Clock clock;

    public Appeals(GenuineStore store, StrikePolicy policy, Clock clock) {
        this.store = store;
        this.moderation = new Moderation(store, policy, clock);
        this.strikes = new Strikes(store, policy, clock);
        this.clock = clock;
    }

    public Appeals(GenuineStore store) {
        this(store, StrikePolicy.DEFAULT, Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));
    }

    public AppealOutcome file(String listingId, String merchantId, String statement) {
        return store.inTransaction(() -> {
            Listing listing = store.listings().get(listingId)
                    .orElseThrow(() -> new IllegalArgumentException("no listing " + listingId));
            if (!listing.merchantId().equals(merchantId)) {
                throw new IllegalArgumentException("listing " + listingId + " belongs to another merchant, not " + merchantId);
            }
            Decision takedown = store.decisions().latest(listingId).filter(d -> d.kind() == DecisionKind.TAKEDOWN)
                    .orElseThrow(() -> new IllegalStateException("listing " + listingId + " is not taken down; only a takedown can be appealed"));
            Appeal appeal = store.appeals().file(listingId, merchantId, statement);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("appealId", appeal.id());
            body.put("merchantId", merchantId);
            body.put("statement", statement);
            body.put("takedown", decisionSummary(takedown));
            body.put("takedownSeq", takedownSeq(listingId));
            body.put("filedAt", appeal.filedAt().toString());
            EvidenceRecord record = append(EvidenceTypes.APPEAL_FILED, listingId, body);
            return new AppealOutcome(appeal, record, store.enforcement().history(merchantId));
        });
    }

    public AppealOutcome decide(long appealId, String moderator, boolean upheld, String note) {
        return store.inTransaction(() -> {
            Appeal appeal = store.appeals().decide(appealId, moderator, upheld, note);
            Decision takedown = store.decisions().latest(appeal.listingId()).orElseThrow(
                    () -> new IllegalStateException("listing " + appeal.listingId() + " has no decision to appeal against"));
            Instant now = clock.instant();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("appealId", appeal.id());
            body.put("merchantId", appeal.merchantId());
            body.put("moderator", moderator);
            body.put("outcome", upheld ? "upheld" : "rejected");
            body.put("note", note);
            body.put("takedownOverturned", upheld);
            // The label a learned scorer trains on: an upheld appeal means the takedown was a false positive.
            body.put("label", upheld ? "false-positive" : "takedown-confirmed");
            body.put("appealedDecision", decisionSummary(takedown));
            body.put("takedownSeq", takedownSeq(appeal.listingId()));
            body.put("decidedAt", now.toString());
            EvidenceRecord record = append(EvidenceTypes.APPEAL_DECIDED, appeal.listingId(), body);
            MerchantHistory merchant = store.enforcement().history(appeal.merchantId());
            if (upheld) {
                Listing listing = store.listings().get(appeal.listingId()).orElseThrow();
                store.decisions().saveAll(List.of(moderation.humanDecision(listing, takedown.score(), DecisionKind.ALLOW, Moderation.APPEAL, now)));
                merchant = strikes.withdraw(appeal.merchantId(), appeal.listingId(), record.seq());
            }
            return new AppealOutcome(appeal, record, merchant);
        });
    }

    private EvidenceRecord append(String type, String listingId, Map<String, Object> body) {
        return store.evidence().append(List.of(new EvidenceEntry(type, listingId, CanonicalJson.toTree(body)))).get(0);
    }

    private long takedownSeq(String listingId) {
        List<EvidenceRecord> records = store.evidence().forListing(listingId);
        for (int i = records.size() - 1; i >= 0; i--) {
            if (TAKEDOWN_RECORDS.contains(records.get(i).type())) return records.get(i).seq();
        }
        return 0;
    }

    private static Map<String, Object> decisionSummary(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", d.kind().wireName());
        m.put("score", d.score());
        m.put("scorer", d.scorer());
        m.put("rightsHolderId", d.rightsHolderId());
        m.put("registryVersion", d.registryVersion());
        m.put("listingHash", d.listingHash());
        m.put("reasons", d.reasons());
        m.put("decidedAt", d.decidedAt() == null ? null : d.decidedAt().toString());
        return m;
    }
}
