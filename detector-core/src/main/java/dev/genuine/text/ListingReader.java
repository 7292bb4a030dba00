package dev.genuine.text;

import dev.genuine.domain.Listing;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a listing's title, description and reviews as terms, and writes them into the document the Monitor
 * presearches: exact readings, collapsed readings of repeated letters, and one-deletion variants of readings
 * that could be a typo of a mark.
 */
final class ListingReader {
    static final String EXACT = "exact";
    static final String REPEATS = "repeats";
    static final String DELETIONS = "deletions";

    private final TextNormalizer normalizer;
    private final TermBuilder termBuilder;
    private final int maxTypoLength;

    ListingReader(TextNormalizer normalizer, CommonWords commonWords, int maxKeyLength) {
        this.normalizer = normalizer;
        this.maxTypoLength = maxKeyLength + 1;
        this.termBuilder = new TermBuilder(commonWords, maxTypoLength);
    }

    List<FieldTerms> read(Listing listing) {
        List<FieldTerms> fields = new ArrayList<>(3);
        for (TextField field : TextField.values()) {
            String original = field.textOf(listing);
            if (original.isEmpty()) continue;
            NormalizedText text = normalizer.normalize(original);
            fields.add(new FieldTerms(field, text, termBuilder.terms(text.text()), maxTypoLength));
        }
        return fields;
    }

    Document document(List<FieldTerms> fields) {
        StringBuilder exact = new StringBuilder();
        StringBuilder repeats = new StringBuilder();
        StringBuilder deletions = new StringBuilder();
        for (FieldTerms field : fields) {
            for (Term t : field.terms()) {
                String s = t.text();
                exact.append(s).append(' ');
                String collapsed = Typos.collapseRepeats(s);
                if (collapsed.length() < s.length()) repeats.append(collapsed).append(' ');
                if (field.isTypoCandidate(t)) {
                    deletions.append(s).append(' ');
                    for (String d : Typos.deletions(s)) deletions.append(d).append(' ');
                }
            }
        }
        Document doc = new Document();
        doc.add(new Field(EXACT, exact.toString(), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        doc.add(new Field(REPEATS, repeats.toString(), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        doc.add(new Field(DELETIONS, deletions.toString(), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        return doc;
    }
}
