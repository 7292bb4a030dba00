package dev.genuine.signal;

import dev.genuine.text.CueKind;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registered word mark named in the listing, however disguised. One observation per rights holder: its
 * most telling match (title over description over reviews, a plain spelling over a typo).
 */
public final class WordMarkSignal implements Signal {
    @Override
    public String name() {
        return SignalNames.WORD_MARK;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        Map<String, List<MarkMatch>> byHolder = new LinkedHashMap<>();
        for (MarkMatch m : a.markMatches()) byHolder.computeIfAbsent(m.rightsHolderId(), k -> new ArrayList<>()).add(m);
        List<Observation> out = new ArrayList<>();
        byHolder.forEach((holder, matches) -> {
            MarkMatch best = matches.stream().max(Comparator.comparingDouble(WordMarkSignal::strength)).orElseThrow();
            // A brand named plainly as what the item fits anywhere ("kompatibel dengan X") makes its use referential;
            // a disguised mention never is.
            boolean referential = !isEvasion(best) && matches.stream().anyMatch(m -> isReferential(m, a.cues()));
            boolean categoryMatch = a.inCategoryOf(holder);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("markForm", best.markForm());
            facts.put("matchedText", best.matchedText());
            facts.put("field", best.field().wireName());
            facts.put("start", best.start());
            facts.put("transformations", best.transformations());
            facts.put("editDistance", best.editDistance());
            facts.put("commonWord", best.markIsCommonWord());
            facts.put("categoryMatch", categoryMatch);
            facts.put("referential", referential);
            facts.put("evasion", isEvasion(best));
            facts.put("matches", matches.size());
            out.add(new Observation(name(), holder, best.brand(), best.markId(), strength(best), detail(best, referential), facts));
            // Referential use is a property of where this mark stands ("cocok untuk X"), not of the listing.
            if (referential) {
                MarkMatch ref = matches.stream().filter(m -> isReferential(m, a.cues())).findFirst().orElseThrow();
                out.add(new Observation(SignalNames.REFERENTIAL_USE, holder, best.brand(), best.markId(), 1.0,
                        Quotes.where(ref.field()) + " names " + best.brand() + " as what the item fits",
                        Map.of("field", ref.field().wireName(), "start", ref.start())));
            }
        });
        return out;
    }

    /** Title matches count most; a typo'd match a little less than an exact or disguised one. */
    static double strength(MarkMatch m) {
        double place = switch (m.field()) {
            case TITLE -> 1.0;
            case DESCRIPTION -> 0.8;
            case REVIEW -> 0.5;
        };
        return m.editDistance() == 0 ? place : place * 0.85;
    }

    /**
     * Steps that only a deliberate disguise needs (lookalike letters, leetspeak, hidden characters, split or
     * stretched letters). Spacing and single typos happen by accident too, so they are not evasion here.
     */
    static final Set<String> EVASIONS = Set.of("nfkc", "invisible", "confusable", "diacritics", "leetspeak",
            "split-letters", "repeated-letters");

    /** Disguising a brand shows intent. */
    static boolean isEvasion(MarkMatch m) {
        return m.transformations().stream().anyMatch(EVASIONS::contains);
    }

    private static boolean isReferential(MarkMatch m, List<TextCue> cues) {
        return cues.stream().anyMatch(c -> c.affirms(CueKind.REFERENTIAL) && c.isFollowedBy(m));
    }

    private static String detail(MarkMatch m, boolean referential) {
        String how = m.transformations().isEmpty() ? "" : " (" + String.join(", ", m.transformations()) + " of '" + m.markForm() + "')";
        if (m.transformations().isEmpty() && !m.matchedText().equalsIgnoreCase(m.markForm())) how = " ('" + m.markForm() + "')";
        String use = referential ? ", named as what the item fits"
                : m.needsCorroboration() ? ", read as the mark beside the listing's counterfeit vocabulary" : "";
        String field = m.field() == TextField.REVIEW ? "a buyer review" : Quotes.where(m.field());
        return field + " contains " + Quotes.quote(m.matchedText()) + how + use;
    }
}
