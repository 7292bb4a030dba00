package dev.genuine.enforcement;

import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.json.CanonicalJson;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.GenuineStore;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds and withdraws strikes and applies the strike policy: a merchant reaching the threshold is suspended, one
 * falling below it after a withdrawal is reinstated, each with its evidence record. Callers run it inside their
 * transaction.
 */
final class Strikes {
    private final GenuineStore store;
    private final StrikePolicy policy;
    private final Clock clock;

    Strikes(GenuineStore store, StrikePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    MerchantHistory add(String merchantId, String listingId, String reason, long evidenceSeq) {
        MerchantHistory h = store.enforcement().addStrike(merchantId, listingId, reason);
        Instant now = clock.instant();
        int inWindow = policy.countInWindow(store.enforcement().strikes(merchantId), now);
        if (h.suspended() || inWindow < policy.threshold()) return h;
        String why = inWindow + " strikes within " + policy.window().toDays() + " days (policy: " + policy.describe() + ")";
        store.enforcement().setSuspended(merchantId, true, why);
        append(EvidenceTypes.MERCHANT_SUSPENDED, listingId, merchantId, why, inWindow, evidenceSeq, now);
        return store.enforcement().history(merchantId);
    }

    MerchantHistory withdraw(String merchantId, String listingId, long evidenceSeq) {
        MerchantHistory h = store.enforcement().withdrawStrike(merchantId, listingId);
        Instant now = clock.instant();
        int inWindow = policy.countInWindow(store.enforcement().strikes(merchantId), now);
        if (!h.suspended() || inWindow >= policy.threshold()) return h;
        String why = "strikes fell to " + inWindow + " within " + policy.window().toDays() + " days after an appeal was upheld";
        store.enforcement().setSuspended(merchantId, false, why);
        append(EvidenceTypes.MERCHANT_REINSTATED, listingId, merchantId, why, inWindow, evidenceSeq, now);
        return store.enforcement().history(merchantId);
    }

    private void append(String type, String listingId, String merchantId, String why, int inWindow, long cause, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantId", merchantId);
        body.put("reason", why);
        body.put("strikesInWindow", inWindow);
        body.put("policy", Map.of("threshold", policy.threshold(), "windowDays", policy.window().toDays()));
        body.put("causeSeq", cause);
        body.put("at", now.toString());
        store.evidence().append(List.of(new EvidenceEntry(type, listingId, CanonicalJson.toTree(body))));
    }
}
