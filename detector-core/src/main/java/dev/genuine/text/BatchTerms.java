package dev.genuine.text;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of a batch of listings, merged into one presearch document (each distinct term once), remembering
 * which listings hold each term so a candidate mark goes back only to the listings that can contain it.
 */
final class BatchTerms {
    static final String EXACT = "exact";
    static final String REPEATS = "repeats";
    static final String DELETIONS = "deletions";

    private final Map<String, BitSet> exact = new HashMap<>();
    private final Map<String, BitSet> repeats = new HashMap<>();
    private final Map<String, BitSet> deletions = new HashMap<>();

    /** Adds listing {@code i}'s readings: exact, collapsed repeats, and deletions of possible typos. */
    void add(int i, Iterable<FieldTerms> fields) {
        for (FieldTerms field : fields) {
            for (Term t : field.terms()) {
                String s = t.text();
                put(exact, s, i);
                String collapsed = Typos.collapseRepeats(s);
                if (collapsed.length() < s.length()) put(repeats, collapsed, i);
                if (field.isTypoCandidate(t)) {
                    put(deletions, s, i);
                    for (String d : Typos.deletions(s)) put(deletions, d, i);
                }
            }
        }
    }

    private static void put(Map<String, BitSet> map, String term, int i) {
        map.computeIfAbsent(term, k -> new BitSet()).set(i);
    }

    /** One document holding every distinct term of the batch, for a single presearch. */
    Document document() {
        Document doc = new Document();
        doc.add(new Field(EXACT, String.join(" ", exact.keySet()), TextField.TYPE_NOT_STORED));
        doc.add(new Field(REPEATS, String.join(" ", repeats.keySet()), TextField.TYPE_NOT_STORED));
        doc.add(new Field(DELETIONS, String.join(" ", deletions.keySet()), TextField.TYPE_NOT_STORED));
        return doc;
    }

    /** The listings that hold one of the terms the form's stored query asks for. */
    BitSet listingsFor(MarkForm form) {
        BitSet out = new BitSet();
        or(out, exact.get(form.key()));
        or(out, repeats.get(form.collapsed()));
        if (form.allowsTypo()) {
            or(out, deletions.get(form.key()));
            for (String d : Typos.deletions(form.key())) or(out, deletions.get(d));
        }
        return out;
    }

    private static void or(BitSet into, BitSet from) {
        if (from != null) into.or(from);
    }
}
