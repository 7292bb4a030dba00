package dev.genuine.text;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a batch of listings that some stored query may ask for, merged into one presearch document (each
 * distinct term once), remembering which listings hold each term so a candidate mark goes back only to the
 * listings that can contain it.
 */
final class BatchTerms {
    /**
     * The one field presearched. Its terms carry their kind as a first character (one field, not three, keeps
     * the Monitor's per-query and per-batch work small).
     */
    static final String FIELD = "t";
    static final char EXACT = '=';
    static final char REPEATS = '~';
    static final char DELETIONS = '-';

    private final Map<String, BitSet> listingsByTerm = new HashMap<>();
    private final QueryTermFilter filter;

    BatchTerms(QueryTermFilter filter) {
        this.filter = filter;
    }

    /** Adds listing {@code i}'s readings: exact, collapsed repeats, and deletions of possible typos. */
    void add(int i, Iterable<FieldTerms> fields) {
        for (FieldTerms field : fields) {
            for (Term t : field.terms()) {
                String s = t.text();
                put(EXACT + s, i);
                String collapsed = Typos.collapseRepeats(s);
                if (collapsed.length() < s.length()) put(REPEATS + collapsed, i);
                if (field.isTypoCandidate(t)) {
                    put(DELETIONS + s, i);
                    for (String d : Typos.deletions(s)) put(DELETIONS + d, i);
                }
            }
        }
    }

    private void put(String term, int i) {
        if (filter.mayMatch(term)) listingsByTerm.computeIfAbsent(term, k -> new BitSet()).set(i);
    }

    /** One document holding every distinct term of the batch, for a single presearch. */
    Document document() {
        Document doc = new Document();
        doc.add(new Field(FIELD, String.join(" ", listingsByTerm.keySet()), TextField.TYPE_NOT_STORED));
        return doc;
    }

    /** The terms a form's stored query asks for: its key, its collapsed key, and for typos its deletions. */
    static Set<String> termsOf(MarkForm form) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(EXACT + form.key());
        terms.add(REPEATS + form.collapsed());
        if (form.allowsTypo()) {
            terms.add(DELETIONS + form.key());
            for (String d : Typos.deletions(form.key())) terms.add(DELETIONS + d);
        }
        return terms;
    }

    /** The listings that hold one of the terms the form's stored query asks for. */
    BitSet listingsFor(MarkForm form) {
        BitSet out = new BitSet();
        for (String term : termsOf(form)) {
            BitSet holders = listingsByTerm.get(term);
            if (holders != null) out.or(holders);
        }
        return out;
    }
}
