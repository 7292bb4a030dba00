package dev.genuine.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ordinary English and Indonesian words: a listing word in here is never read as a typo of a mark, and a mark
 * whose key is in here is flagged as a common word that needs supporting context.
 */
public final class CommonWords {
    private static final String[] RESOURCES = {"common-words-en.txt", "common-words-id.txt"};

    private final Set<String> words;

    private CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled English and Indonesian lists (several words a line), read once: every detector asks for them. */
    public static CommonWords bundled() {
        return Bundled.WORDS;
    }

    /** Loaded on first use. */
    private static final class Bundled {
        static final CommonWords WORDS = load();

        private static CommonWords load() {
            Set<String> words = new HashSet<>();
            for (String name : RESOURCES) {
                for (String line : PhraseResources.lines(CommonWords.class, name)) words.addAll(List.of(line.split(" ")));
            }
            return new CommonWords(words);
        }
    }

    /** True for an ordinary word, compared after normalization (case, diacritics). */
    public boolean contains(String normalizedWord) {
        return words.contains(normalizedWord);
    }

    public int size() {
        return words.size();
    }
}
