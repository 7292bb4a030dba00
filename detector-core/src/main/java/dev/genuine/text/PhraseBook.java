package dev.genuine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of some cue lists, indexed by first word, longest first, so the longest phrase at a place wins
 * ("bukan original" over "original", "aaa battery" over "aaa").
 */
final class PhraseBook {
    /**
     * A list of phrases and what they mean; a null kind marks look-alikes that are no cue ("aaa battery").
     * {@code negationAdmitsFake}: negating one of its phrases admits a fake ("tidak original") rather than
     * denying the phrase ("bukan produk resmi" is a disclaimer, "bukan KW" a denial).
     */
    record PhraseList(String resource, CueKind kind, boolean negationAdmitsFake) {}

    /** A phrase and the list it came from. */
    record Phrase(List<String> tokens, PhraseList list) {}

    private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();
    private final Set<String> words = new HashSet<>();

    /** Phrases of the lists; a phrase in two lists is refused. */
    PhraseBook(List<PhraseList> lists, TextNormalizer normalizer) {
        Set<List<String>> seen = new HashSet<>();
        for (PhraseList list : lists) {
            String name = list.resource();
            for (String line : PhraseResources.lines(PhraseBook.class, name)) {
                List<String> tokens = CueToken.phraseTokens(normalizer.normalize(line).text());
                if (tokens.isEmpty()) continue;
                if (!seen.add(tokens)) throw new IllegalStateException("phrase '" + line + "' is listed twice (" + name + ")");
                byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Phrase(tokens, list));
                words.addAll(tokens);
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.tokens().size())));
    }

    /** True when the word is part of some phrase. */
    boolean knows(String word) {
        return words.contains(word);
    }

    /** Phrases that may start with this token, longest first. */
    List<Phrase> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }
}
