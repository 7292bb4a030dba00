package dev.genuine.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the merchant is on the candidate rights holder's list of authorized sellers. An authorized seller
 * is never taken down on these signals; an unauthorized one is only a weak amplifier, as most resellers are.
 */
public final class SellerSignal implements Signal {
    @Override
    public String name() {
        return SignalNames.UNAUTHORIZED_SELLER;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        String merchant = a.listing().merchantId();
        List<Observation> out = new ArrayList<>();
        for (String holder : a.candidateHolders()) {
            var entry = a.registry().entry(holder);
            if (entry.isEmpty()) continue;
            String brand = brandOf(a, holder);
            boolean authorized = entry.get().authorizedSellers().contains(merchant);
            Map<String, Object> facts = Map.of("merchantId", merchant, "authorizedSellers", entry.get().authorizedSellers().size());
            if (authorized) {
                out.add(new Observation(SignalNames.AUTHORIZED_SELLER, holder, brand, null, 1.0,
                        "merchant " + merchant + " is an authorized seller of " + brand, facts));
            } else if (!entry.get().authorizedSellers().isEmpty()) {
                out.add(new Observation(SignalNames.UNAUTHORIZED_SELLER, holder, brand, null, 1.0,
                        "merchant " + merchant + " is not among the " + entry.get().authorizedSellers().size()
                                + " authorized sellers of " + brand, facts));
            }
        }
        return out;
    }

    private static String brandOf(ListingAnalysis a, String holder) {
        return a.markMatches().stream().filter(m -> m.rightsHolderId().equals(holder)).map(m -> m.brand()).findFirst()
                .or(() -> a.imageMatches().stream().filter(m -> m.rightsHolderId().equals(holder)).map(m -> m.brand()).findFirst())
                .orElse(holder);
    }
}
