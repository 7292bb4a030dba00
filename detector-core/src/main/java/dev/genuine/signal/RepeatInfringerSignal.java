package dev.genuine.signal;

import java.util.List;
import java.util.Map;

/** A merchant with confirmed infringements before: past strikes make a new match more likely deliberate. */
public final class RepeatInfringerSignal implements Signal {
    /** Strikes at which the signal reaches full strength (the default suspension threshold). */
    static final int FULL_AT_STRIKES = 3;

    @Override
    public String name() {
        return SignalNames.REPEAT_INFRINGER;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        MerchantHistory h = a.merchant();
        if (h == null || (h.strikes() == 0 && !h.suspended())) return List.of();
        double strength = h.suspended() ? 1.0 : Math.min(1.0, (double) h.strikes() / FULL_AT_STRIKES);
        String detail = "merchant " + h.merchantId() + " has " + h.strikes() + " prior strike" + (h.strikes() == 1 ? "" : "s")
                + (h.suspended() ? " and is suspended" : "");
        return List.of(new Observation(name(), null, null, null, strength, detail,
                Map.of("strikes", h.strikes(), "suspended", h.suspended())));
    }
}
