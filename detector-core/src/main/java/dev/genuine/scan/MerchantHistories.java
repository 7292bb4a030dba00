package dev.genuine.scan;

import dev.genuine.domain.Listing;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.EnforcementStore;
import dev.genuine.store.Strike;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What enforcement knows of the merchants of a page of listings, as evidence about each listing: the merchant's
 * standing strikes, less one the listing itself earned. That strike is the consequence of an earlier judgement of
 * this very listing (rescanned after an edit), not evidence about it; the learned scorer is trained the same way.
 */
final class MerchantHistories implements Function<Listing, MerchantHistory> {
    private final Map<String, MerchantHistory> histories = new HashMap<>();
    private final Map<String, Set<String>> struckListings = new HashMap<>();

    MerchantHistories(EnforcementStore enforcement, List<Listing> page) {
        for (Listing l : page) histories.computeIfAbsent(l.merchantId(), enforcement::history);
        // Which listings earned the strikes: only asked of the few merchants that have any.
        histories.forEach((m, h) -> {
            if (h.strikes() > 0) {
                struckListings.put(m, enforcement.strikes(m).stream().filter(Strike::active).map(Strike::listingId)
                        .collect(Collectors.toSet()));
            }
        });
    }

    @Override
    public MerchantHistory apply(Listing listing) {
        MerchantHistory h = histories.get(listing.merchantId());
        if (h == null) throw new IllegalArgumentException("listing " + listing.id() + " is not on this page");
        if (!struckListings.getOrDefault(listing.merchantId(), Set.of()).contains(listing.id())) return h;
        return new MerchantHistory(h.merchantId(), h.strikes() - 1, h.suspended());
    }
}
