package dev.genuine.signal;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.text.CueKind;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A fictional registry (Aurelia shoes, an ordinary-word brand "Mango" phones) and builders for analyses. */
public final class Fixtures {
    public static final String AURELIA = "rh-aurelia";
    public static final String MANGO = "rh-mango";

    private Fixtures() {}

    public static Registry registry() {
        var aurelia = new RightsHolderEntry(new RightsHolder(AURELIA, "Aurelia Footwear Ltd", null),
                List.of(new Mark("aurelia-word", AURELIA, "Aurelia", MarkKind.WORD, "Aurelia", List.of(), List.of(), List.of(), null, List.of())),
                List.of(new Product("aurelia-runner-2", AURELIA, "Aurelia", "Aurelia Runner 2", "shoes", new Money(1_000_000, "IDR"), List.of())),
                Set.of("m-aurelia-official"), "x");
        var mango = new RightsHolderEntry(new RightsHolder(MANGO, "Mango Devices", null),
                List.of(new Mark("mango-word", MANGO, "Mango", MarkKind.WORD, "Mango", List.of(), List.of(), List.of(), null, List.of())),
                List.of(new Product("mango-phone", MANGO, "Mango", "Mango Phone 9", "electronics", new Money(9_000_000, "IDR"), List.of())),
                Set.of("m-mango-store"), "y");
        return new Registry(3, Instant.EPOCH, List.of(aurelia, mango));
    }

    public static Listing listing(String merchant, String title, long price, String category) {
        return new Listing("L-1", merchant, title, "", new Money(price, "IDR"), category, List.of(), List.of(), null, List.of());
    }

    public static MarkMatch aureliaInTitle(String asWritten, int start, List<String> transformations, int edits) {
        return new MarkMatch("aurelia-word", AURELIA, "Aurelia", "Aurelia", TextField.TITLE, asWritten, start, transformations, edits, false);
    }

    public static MarkMatch mangoInTitle(int start) {
        return new MarkMatch("mango-word", MANGO, "Mango", "Mango", TextField.TITLE, "mango", start, List.of(), 0, true);
    }

    public static TextCue cue(CueKind kind, TextField field, String phrase, int start) {
        return new TextCue(kind, field, phrase, start, false);
    }

    public static ListingAnalysis analysis(Listing l, List<MarkMatch> marks, List<TextCue> cues) {
        return new ListingAnalysis(l, registry(), marks, cues, List.of(), List.of(), MerchantHistory.clean(l.merchantId()));
    }
}
