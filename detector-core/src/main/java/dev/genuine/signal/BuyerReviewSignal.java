package dev.genuine.signal;

import dev.genuine.text.CueKind;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Buyers saying in their reviews that what they received is fake ("palsu", "bukan ori"). */
public final class BuyerReviewSignal implements Signal {
    @Override
    public String name() {
        return SignalNames.BUYER_REVIEWS;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        List<TextCue> allegations = a.cues().stream()
                .filter(c -> c.affirms(CueKind.FAKE_ALLEGATION) && c.field() == TextField.REVIEW).toList();
        if (allegations.isEmpty()) return List.of();
        int n = reviewsAlleging(a.listing().reviews(), allegations);
        // One buyer may be wrong; several independent buyers rarely are.
        double strength = Math.min(1.0, 0.7 + 0.15 * (n - 1));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("allegations", n);
        facts.put("reviews", a.listing().reviews().size());
        facts.put("phrases", allegations.stream().map(TextCue::phrase).distinct().toList());
        String detail = n + " of " + a.listing().reviews().size() + " buyer reviews say the item is fake ("
                + Quotes.quote(allegations.get(0).phrase()) + ")";
        return List.of(new Observation(name(), null, null, null, strength, detail, facts));
    }

    /** Distinct reviews with an allegation: cue offsets are into the reviews joined by line breaks. */
    static int reviewsAlleging(List<String> reviews, List<TextCue> allegations) {
        java.util.Set<Integer> which = new java.util.HashSet<>();
        for (TextCue c : allegations) {
            int end = 0;
            for (int i = 0; i < reviews.size(); i++) {
                end += reviews.get(i).length() + TextField.REVIEW_SEPARATOR.length();
                if (c.start() < end) {
                    which.add(i);
                    break;
                }
            }
        }
        return Math.max(1, which.size());
    }
}
