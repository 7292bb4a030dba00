package dev.genuine.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** The ways a seller disguises a brand name so that a plain text search misses it. */
public enum Evasion {
    HOMOGLYPH("homoglyph"), LEETSPEAK("leetspeak"), ZERO_WIDTH("zero-width"), DIACRITICS("diacritics"),
    SPACED("spaced"), DOTTED("dotted"), DOUBLED("doubled"), TYPO("typo"), FULLWIDTH("fullwidth");

    /** Latin letters and the Cyrillic or Greek letters that look the same. */
    private static final Map<Character, Character> CONFUSABLES = Map.ofEntries(
            Map.entry('a', '\u0430'), Map.entry('e', '\u0435'), Map.entry('o', '\u043e'), Map.entry('p', '\u0440'),
            Map.entry('c', '\u0441'), Map.entry('x', '\u0445'), Map.entry('y', '\u0443'), Map.entry('i', '\u0456'),
            Map.entry('A', '\u0391'), Map.entry('B', '\u0412'), Map.entry('E', '\u0395'), Map.entry('H', '\u041d'),
            Map.entry('K', '\u039a'), Map.entry('M', '\u041c'), Map.entry('O', '\u039f'), Map.entry('P', '\u0420'),
            Map.entry('C', '\u0421'), Map.entry('T', '\u0422'), Map.entry('Z', '\u0396'), Map.entry('v', '\u03bd'));
    private static final Map<Character, String> LEET = Map.of('a', "4@", 'e', "3", 'i', "1", 'o', "0", 's', "5$",
            't', "7", 'l', "1");
    private static final Map<Character, String> ACCENTS = Map.of('a', "áàäâ", 'e', "éèëê", 'i', "íï", 'o', "óöô",
            'u', "úü", 'n', "ñ", 'c', "ç", 'y', "ý");
    private static final String[] INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
    private static final String[] SEPARATORS = {".", "-", "_"};

    private final String label;

    Evasion(String label) {
        this.label = label;
    }

    /** The name used in labels ({@code zero-width}, {@code typo}, ...). */
    public String label() {
        return label;
    }

    /** Whether this evasion can change {@code name}: a typo needs a word of five letters or more. */
    public boolean appliesTo(String name) {
        return switch (this) {
            case HOMOGLYPH -> name.chars().anyMatch(c -> CONFUSABLES.containsKey((char) c));
            case LEETSPEAK -> name.toLowerCase(Locale.ROOT).chars().anyMatch(c -> LEET.containsKey((char) c));
            case DIACRITICS -> name.toLowerCase(Locale.ROOT).chars().anyMatch(c -> ACCENTS.containsKey((char) c));
            case TYPO -> longestWord(name).length() >= 5;
            default -> true;
        };
    }

    /** {@code name} disguised this way; never equal to {@code name}. */
    public String apply(String name, Random random) {
        if (!appliesTo(name)) {
            throw new IllegalArgumentException(label + " does not apply to '" + name + "'");
        }
        return switch (this) {
            case HOMOGLYPH -> replaceSome(name, random, c -> CONFUSABLES.containsKey(c) ? String.valueOf(CONFUSABLES.get(c)) : null);
            case LEETSPEAK -> replaceSome(name, random, c -> pick(LEET.get(Character.toLowerCase(c)), random));
            case DIACRITICS -> replaceSome(name, random, c -> accent(c, random));
            case ZERO_WIDTH -> insertBetween(name, INVISIBLE[random.nextInt(INVISIBLE.length)], 1 + random.nextInt(2), random);
            case SPACED -> join(name, " ", "  ");
            case DOTTED -> join(name, SEPARATORS[random.nextInt(SEPARATORS.length)], " ");
            case DOUBLED -> doubled(name, random);
            case TYPO -> Typos.oneEdit(name, longestWord(name), random);
            case FULLWIDTH -> fullwidth(name);
        };
    }

    private static String replaceSome(String name, Random random, Function<Character, String> swap) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if (swap.apply(name.charAt(i)) != null) {
                positions.add(i);
            }
        }
        int count = Math.min(positions.size(), 1 + random.nextInt(2));
        StringBuilder out = new StringBuilder(name);
        for (int k = 0; k < count; k++) {
            int at = positions.remove(random.nextInt(positions.size()));
            out.replace(at, at + 1, swap.apply(name.charAt(at)));
        }
        return out.toString();
    }

    private static String pick(String options, Random random) {
        return options == null ? null : String.valueOf(options.charAt(random.nextInt(options.length())));
    }

    private static String accent(char c, Random random) {
        String options = ACCENTS.get(Character.toLowerCase(c));
        if (options == null) {
            return null;
        }
        String chosen = pick(options, random);
        return Character.isUpperCase(c) ? chosen.toUpperCase(Locale.ROOT) : chosen;
    }

    private static String insertBetween(String name, String mark, int count, Random random) {
        StringBuilder out = new StringBuilder(name);
        for (int k = 0; k < count; k++) {
            out.insert(1 + random.nextInt(out.length() - 1), mark);
        }
        return out.toString();
    }

    private static String join(String name, String betweenLetters, String betweenWords) {
        List<String> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            words.add(String.join(betweenLetters, word.split("")));
        }
        return String.join(betweenWords, words);
    }

    private static String doubled(String name, Random random) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters.add(i);
            }
        }
        int at = letters.get(random.nextInt(letters.size()));
        return name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
    }

    private static String fullwidth(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c == ' ' ? '\u3000' : c);
        }
        return out.toString();
    }

    static String longestWord(String name) {
        String longest = "";
        for (String word : name.split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
