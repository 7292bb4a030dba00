package dev.genuine.text;

import java.util.BitSet;

/**
 * A compact filter of every prefix of every mark key (and of its one-deletion variants, for typo-tolerant
 * marks), so a listing's words are read together only while they can still become a mark. Prefixes are
 * compared with leetspeak, 'l'/'i' and repeated letters folded ("5o" and "Neew" may start a key) and kept as
 * hashes: a collision only costs a reading more, never a match.
 */
final class KeyPrefixes {
    private static final int BITS = 1 << 26;

    private final BitSet hashes = new BitSet(BITS);

    KeyPrefixes(Iterable<MarkForm> forms) {
        for (MarkForm form : forms) {
            add(form.key());
            if (form.allowsTypo()) Typos.deletions(form.key()).forEach(this::add);
        }
    }

    private void add(String key) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            h = extend(h, i == 0 ? 0 : key.charAt(i - 1), key.charAt(i));
            hashes.set(h & (BITS - 1));
        }
    }

    /** The hash of a prefix one character longer; a character repeating the one before adds nothing. */
    static int extend(int hash, char previous, char c) {
        char folded = fold(c);
        return previous != 0 && fold(previous) == folded ? hash : 31 * hash + folded;
    }

    /** True when a prefix with this hash may start a mark key. */
    boolean mayStart(int hash) {
        return hashes.get(hash & (BITS - 1));
    }

    private static char fold(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', 'l', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }
}
