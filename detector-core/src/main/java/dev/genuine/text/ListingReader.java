package dev.genuine.text;

import dev.genuine.domain.Listing;

import java.util.ArrayList;
import java.util.List;

/** Reads a listing's title, description and reviews, each normalized and read as terms. */
final class ListingReader {
    private final TextNormalizer normalizer;
    private final TermBuilder termBuilder;
    private final int maxTypoLength;

    ListingReader(TextNormalizer normalizer, CommonWords commonWords, MarkForms forms) {
        this.normalizer = normalizer;
        this.maxTypoLength = forms.maxKeyLength() + 1;
        KeyPrefixes prefixes = new KeyPrefixes(forms.all());
        this.termBuilder = new TermBuilder(commonWords, prefixes, maxTypoLength);
    }

    List<FieldTerms> read(Listing listing) {
        List<FieldTerms> fields = new ArrayList<>(3);
        for (TextField field : TextField.values()) {
            String original = field.textOf(listing);
            if (original.isEmpty()) continue;
            NormalizedText text = normalizer.normalize(original);
            fields.add(new FieldTerms(field, text, termBuilder.terms(text), maxTypoLength));
        }
        return fields;
    }
}
