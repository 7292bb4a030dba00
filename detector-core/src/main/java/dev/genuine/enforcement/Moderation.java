package dev.genuine.enforcement;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.ReviewItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What follows a decision: the scanner's takedowns earn strikes and its reviews go to the queue; a moderator's
 * verdict resolves a queue item, becomes the listing's decision, and (for a takedown) earns a strike. A person's
 * ruling stands over later scans of the same listing content. Every step is recorded in the evidence chain, and
 * each call is one transaction.
 */
public final class Moderation {
    /** The scorer name decisions made by a moderator carry. */
    public static final String MODERATOR = "moderator";
    /** The scorer name of the decision an upheld appeal leaves. */
    public static final String APPEAL = "appeal";
    private static final Set<String> HUMAN_SCORERS = Set.of(MODERATOR, APPEAL);

    private final GenuineStore store;
    private final Strikes strikes;
    private final Clock clock;

    public Moderation(GenuineStore store, StrikePolicy policy, Clock clock) {
        this.store = store;
        this.strikes = new Strikes(store, policy, clock);
        this.clock = clock;
    }

    public Moderation(GenuineStore store) {
        this(store, StrikePolicy.DEFAULT, Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));
    }

    /**
     * The scanner calls this after storing a decision and, for takedown and review, its evidence record
     * ({@code evidence} may be null for allow): a takedown strikes the merchant (perhaps suspending them) and
     * closes any open review item; a review opens or refreshes the listing's queue item; an allow withdraws it.
     */
    public MerchantHistory onDecision(Decision decision, String merchantId, EvidenceRecord evidence) {
        return store.inTransaction(() -> {
            Optional<Decision> ruling = standingRuling(decision.listingId(), decision.listingHash());
            if (ruling.isEmpty()) return follow(decision, merchantId, evidence);
            // A person already ruled on this very content: their ruling stays the listing's latest decision, and
            // the scanner's repeat neither strikes again nor re-queues it.
            if (ruling.get().kind() != decision.kind()) store.decisions().saveAll(List.of(ruling.get()));
            return store.enforcement().history(merchantId);
        });
    }

    /**
     * The latest decision a person made on the listing (a moderator's verdict or an upheld appeal) if it was made
     * on the same content ({@code listingHash}); a changed listing is the scanner's to judge again.
     */
    public Optional<Decision> standingRuling(String listingId, String listingHash) {
        return store.decisions().latestBy(listingId, HUMAN_SCORERS).filter(d -> Objects.equals(d.listingHash(), listingHash));
    }

    private MerchantHistory follow(Decision decision, String merchantId, EvidenceRecord evidence) {
        return switch (decision.kind()) {
            case TAKEDOWN -> {
                store.reviewQueue().withdraw(decision.listingId());
                yield recordTakedown(decision, merchantId, requireSeq(decision, evidence));
            }
            case REVIEW -> {
                store.reviewQueue().enqueue(decision.listingId(), requireSeq(decision, evidence), decision.score(), decision.rightsHolderId());
                yield store.enforcement().history(merchantId);
            }
            case ALLOW -> {
                store.reviewQueue().withdraw(decision.listingId());
                yield store.enforcement().history(merchantId);
            }
        };
    }

    /** An automatic takedown counts as a strike against the merchant, citing its evidence record. */
    public MerchantHistory recordTakedown(Decision decision, String merchantId, long evidenceSeq) {
        String reason = "takedown by " + decision.scorer() + " (score " + decision.score() + ", evidence #" + evidenceSeq + ")";
        return store.inTransaction(() -> strikes.add(merchantId, decision.listingId(), reason, evidenceSeq));
    }

    /** Resolves a review item with a moderator's verdict; see the class comment for everything that follows. */
    public VerdictOutcome decide(long itemId, String moderator, Verdict verdict, String note) {
        return store.inTransaction(() -> {
            ReviewItem item = store.reviewQueue().resolve(itemId, moderator, verdict.wireName(), note);
            Listing listing = store.listings().get(item.listingId())
                    .orElseThrow(() -> new IllegalStateException("listing " + item.listingId() + " is not in the store"));
            Instant now = clock.instant();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reviewItemId", item.id());
            body.put("decisionSeq", item.evidenceSeq());
            body.put("moderator", moderator);
            body.put("verdict", verdict.wireName());
            body.put("note", note);
            body.put("merchantId", listing.merchantId());
            body.put("scoreReviewed", item.score());
            body.put("decidedAt", now.toString());
            EvidenceRecord record = store.evidence().append(List.of(
                    new EvidenceEntry(EvidenceTypes.MODERATOR_VERDICT, item.listingId(), CanonicalJson.toTree(body)))).get(0);
            DecisionKind kind = verdict == Verdict.TAKEDOWN ? DecisionKind.TAKEDOWN : DecisionKind.ALLOW;
            store.decisions().saveAll(List.of(humanDecision(listing, item.score(), kind, MODERATOR, now)));
            MerchantHistory merchant = verdict == Verdict.TAKEDOWN
                    ? strikes.add(listing.merchantId(), listing.id(), "takedown by moderator " + moderator + " (evidence #" + record.seq() + ")", record.seq())
                    : store.enforcement().history(listing.merchantId());
            return new VerdictOutcome(item, record, merchant);
        });
    }

    /**
     * A decision a person made, carrying the scanner's reasons and references when there is a scanner decision,
     * so the decisions export shows the outcome and still explains it.
     */
    Decision humanDecision(Listing listing, double score, DecisionKind kind, String by, Instant now) {
        return store.decisions().latest(listing.id())
                .map(d -> new Decision(d.listingId(), kind, d.score(), d.reasons(), d.rightsHolderId(), d.listingHash(),
                        d.registryVersion(), by, d.policyVersion(), now))
                .orElseGet(() -> new Decision(listing.id(), kind, score, List.of(), null, ListingHash.of(listing),
                        store.registry().current().version(), by, null, now));
    }

    private static long requireSeq(Decision d, EvidenceRecord evidence) {
        if (evidence == null) throw new IllegalArgumentException(d.kind().wireName() + " of " + d.listingId() + " needs its evidence record");
        return evidence.seq();
    }
}
