package dev.genuine.text;

import java.util.BitSet;

/**
 * A compact filter of every term some stored query asks for, so a batch sends the Monitor only terms that can
 * hit: most words of a listing, and nearly all of their one-deletion variants, belong to no mark. Kept as
 * hashes: a collision only sends a useless term, never loses a match.
 */
final class QueryTermFilter {
    private static final int BITS = 1 << 26;

    private final BitSet hashes = new BitSet(BITS);

    QueryTermFilter(Iterable<MarkForm> forms) {
        for (MarkForm form : forms) {
            for (String term : BatchTerms.termsOf(form)) hashes.set(term.hashCode() & (BITS - 1));
        }
    }

    boolean mayMatch(String term) {
        return hashes.get(term.hashCode() & (BITS - 1));
    }
}
