package dev.genuine.testdata;

import java.util.Random;

/** One-edit misspellings (swap, drop, insert, substitute) of a word inside a name. */
final class Typos {
    private static final String LETTERS = "aeioulnrstkm";

    private Typos() {
    }

    /** {@code name} with exactly one edit inside {@code word}, never returning {@code name} itself. */
    static String oneEdit(String name, String word, Random random) {
        int start = name.indexOf(word);
        for (int attempt = 0; attempt < 20; attempt++) {
            String edited = edit(word, random);
            if (!edited.equalsIgnoreCase(word)) {
                return name.substring(0, start) + edited + name.substring(start + word.length());
            }
        }
        throw new IllegalStateException("no typo found for '" + word + "'");
    }

    private static String edit(String word, Random random) {
        // Edits stay off the first letter: sellers keep the initial so buyers still recognise the name.
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> at < word.length() - 1
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                    : word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at);
            default -> word.substring(0, at) + letter + word.substring(at + 1);
        };
    }
}
