package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.Strike;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What enforcement knew of a listing's merchant when the listing was judged: the strikes the merchant's other
 * listings had earned before then and that still stood then. A training example carries this history, not the
 * one at training time, so the strike a listing's own takedown earned is never evidence for that takedown, and
 * strikes earned later are never evidence at all.
 */
final class PriorStrikes implements Function<Listing, MerchantHistory> {
    private final Map<String, List<Strike>> byMerchant;
    private final Function<Listing, Instant> judgedAt;
    private final StrikePolicy policy;

    private PriorStrikes(Collection<Strike> strikes, Function<Listing, Instant> judgedAt, StrikePolicy policy) {
        this.byMerchant = new HashMap<>();
        for (Strike s : strikes) byMerchant.computeIfAbsent(s.merchantId(), m -> new ArrayList<>()).add(s);
        this.judgedAt = judgedAt;
        this.policy = policy;
    }

    /**
     * Strikes as a store recorded them; a listing is judged at the time {@code judgedAt} gives it (when it was
     * flagged), or at the epoch, with no history, when it gives none.
     */
    static PriorStrikes recorded(Collection<Strike> strikes, Map<String, Instant> judgedAt, StrikePolicy policy) {
        return new PriorStrikes(strikes, l -> judgedAt.getOrDefault(l.id(), Instant.EPOCH), policy);
    }

    /**
     * A labelled corpus's strikes: each infringing listing is taken as taken down, and the takedown upheld, when it
     * was last updated, and every listing is judged at that time too.
     *
     * @param infringing the labelled-infringing listings
     */
    static PriorStrikes labelled(Collection<Listing> infringing, StrikePolicy policy) {
        List<Strike> strikes = new ArrayList<>();
        for (Listing l : infringing) {
            strikes.add(new Strike(strikes.size() + 1, l.merchantId(), l.id(), "labelled infringing", l.updatedAt(), null));
        }
        return new PriorStrikes(strikes, Listing::updatedAt, policy);
    }

    @Override
    public MerchantHistory apply(Listing listing) {
        Instant at = judgedAt.apply(listing);
        List<Strike> standing = new ArrayList<>();
        for (Strike s : byMerchant.getOrDefault(listing.merchantId(), List.of())) {
            boolean standsThen = s.createdAt().isBefore(at) && (s.withdrawnAt() == null || s.withdrawnAt().isAfter(at));
            if (!standsThen || s.listingId().equals(listing.id())) continue;
            // As it stood then: a later withdrawal is not known yet.
            standing.add(new Strike(s.id(), s.merchantId(), s.listingId(), s.reason(), s.createdAt(), null));
        }
        return new MerchantHistory(listing.merchantId(), standing.size(), policy.suspends(standing, at));
    }
}
