package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestEvasion {
    private static final String[] NAMES = {"Aurelia", "Blue Harbor", "Vyn", "Zolt", "Korvax", "Casa Verde"};

    @Test
    void everyEvasionChangesTheName() {
        Random random = new Random(9);
        for (String name : NAMES) {
            for (Evasion e : Evasion.values()) {
                if (e.appliesTo(name)) {
                    for (int i = 0; i < 20; i++) {
                        assertNotEquals(name, e.apply(name, random), e + " on " + name);
                    }
                }
            }
        }
    }

    @Test
    void simpleNormalisationsUndoTheLayoutEvasions() {
        Random random = new Random(2);
        for (String name : NAMES) {
            String fold = name.toLowerCase(Locale.ROOT).replace(" ", "");
            assertEquals(fold, Evasion.SPACED.apply(name, random).toLowerCase(Locale.ROOT).replace(" ", ""));
            assertEquals(fold, Evasion.DOTTED.apply(name, random).toLowerCase(Locale.ROOT).replaceAll("[ ._-]", ""));
            assertEquals(name, Evasion.ZERO_WIDTH.apply(name, random).replaceAll("[\\u200b-\\u200d\\u2060\\ufeff]", ""));
            assertEquals(name, Normalizer.normalize(Evasion.FULLWIDTH.apply(name, random), Normalizer.Form.NFKC));
            String accented = Normalizer.normalize(Evasion.DIACRITICS.apply(name, random), Normalizer.Form.NFD);
            assertEquals(name, accented.replaceAll("\\p{M}", ""));
            assertEquals(name.length() + 1, Evasion.DOUBLED.apply(name, random).length());
        }
    }

    @Test
    void homoglyphsAreCyrillicOrGreek() {
        String evaded = Evasion.HOMOGLYPH.apply("Korvax", new Random(4));
        assertTrue(evaded.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK), evaded);
    }

    @Test
    void typoIsOneEditAndOnlyForLongWords() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            assertEquals(1, distance("aurelia", Evasion.TYPO.apply("Aurelia", random).toLowerCase(Locale.ROOT)));
        }
        assertFalse(Evasion.TYPO.appliesTo("Zolt"));
        assertTrue(Evasion.TYPO.appliesTo("Blue Harbor"));
        assertFalse(Evasion.LEETSPEAK.appliesTo("Vyn"));
        assertThrows(IllegalArgumentException.class, () -> Evasion.TYPO.apply("Vyn", random));
    }

    /** Optimal string alignment distance: a swap of neighbours counts as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
