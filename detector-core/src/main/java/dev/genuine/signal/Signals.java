package dev.genuine.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The set of signals a scan runs; names are checked unique when it is made. */
public final class Signals {
    private final List<Signal> signals;

    public Signals(List<Signal> signals) {
        Set<String> names = new HashSet<>();
        for (Signal s : signals) {
            if (!names.add(s.name())) throw new IllegalArgumentException("two signals are named '" + s.name() + "'");
        }
        this.signals = List.copyOf(signals);
    }

    /** Every built-in signal. */
    public static Signals standard() {
        return new Signals(List.of(new WordMarkSignal(), new ProductNameSignal(), CueSignal.counterfeitLanguage(), new BuyerReviewSignal(),
                new PriceSignal(), new SellerSignal(), ImageMatchSignal.productPhoto(), ImageMatchSignal.logo(),
                new RepeatInfringerSignal(), CueSignal.secondHand(),
                CueSignal.authenticityClaim()));
    }

    public List<Signal> all() {
        return signals;
    }

    /** Every observation of every signal about one listing. */
    public List<Observation> observe(ListingAnalysis analysis) {
        List<Observation> out = new ArrayList<>();
        for (Signal s : signals) out.addAll(s.observe(analysis));
        return out;
    }
}
