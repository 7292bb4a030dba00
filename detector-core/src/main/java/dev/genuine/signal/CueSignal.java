package dev.genuine.signal;

import dev.genuine.text.CueKind;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A listing-wide signal read from one kind of text cue (counterfeit vocabulary, referential use, second-hand
 * sale, authenticity claims). Negated cues ("bukan KW") never count.
 */
public final class CueSignal implements Signal {
    private final String name;
    private final CueKind kind;
    private final Predicate<TextCue> where;
    private final String says;

    private CueSignal(String name, CueKind kind, Predicate<TextCue> where, String says) {
        this.name = name;
        this.kind = kind;
        this.where = where;
        this.says = says;
    }

    /** The seller's own words admit a copy: only the seller's text (title, description) counts. */
    public static CueSignal counterfeitLanguage() {
        return new CueSignal(SignalNames.COUNTERFEIT_LANGUAGE, CueKind.COUNTERFEIT_VOCABULARY,
                c -> c.field() != TextField.REVIEW, "uses counterfeit vocabulary");
    }

    public static CueSignal secondHand() {
        return new CueSignal(SignalNames.SECOND_HAND, CueKind.SECOND_HAND,
                c -> c.field() != TextField.REVIEW, "sells a used item");
    }

    public static CueSignal authenticityClaim() {
        return new CueSignal(SignalNames.AUTHENTICITY_CLAIM, CueKind.AUTHENTICITY_CLAIM,
                c -> c.field() != TextField.REVIEW, "claims authenticity");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        List<TextCue> hits = a.cues().stream().filter(c -> c.affirms(kind) && where.test(c)).toList();
        if (hits.isEmpty()) return List.of();
        boolean inTitle = hits.stream().anyMatch(c -> c.field() == TextField.TITLE);
        List<String> phrases = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        hits.forEach(c -> { if (seen.add(c.phrase().toLowerCase(java.util.Locale.ROOT))) phrases.add(c.phrase()); });
        // The seller's own words, in the title or the description, are an admission; each further phrase removes doubt.
        double strength = Math.min(1.0, (inTitle ? 0.95 : 0.9) + 0.05 * (phrases.size() - 1));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("phrases", phrases);
        facts.put("inTitle", inTitle);
        TextCue first = inTitle ? hits.stream().filter(c -> c.field() == TextField.TITLE).findFirst().orElseThrow() : hits.get(0);
        String detail = Quotes.where(first.field()) + " " + says + ": " + String.join(", ", phrases.stream().map(Quotes::quote).toList());
        return List.of(new Observation(name, null, null, null, strength, detail, facts));
    }
}
