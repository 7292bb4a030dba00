package dev.genuine.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestTextNormalizer {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "Aurelia            | aurelia    | ''",
            "ＡＵＲＥＬＩＡ     | aurelia    | nfkc",
            "𝐀𝐮𝐫𝐞𝐥𝐢𝐚           | aurelia    | nfkc",
            "Au\u200Drelia      | aurelia    | invisible",
            "Au\uFEFFrelia      | aurelia    | invisible",
            "Au\u00ADrelia      | aurelia    | invisible",
            "Au\u2060relia      | aurelia    | invisible",
            "Аurеlіа            | aurelia    | confusable",
            "Αurelια            | aurelia    | confusable",
            "Áurélià            | aurelia    | diacritics",
            "Ørsted             | orsted     | diacritics",
            "Aure\u0301lia      | aurelia    | diacritics",
    })
    void eachStepReportsWhatItChanged(String input, String normalized, String step) {
        NormalizedText n = NORMALIZER.normalize(input);
        assertEquals(normalized, n.text());
        assertEquals(step.isEmpty() ? List.of() : List.of(step), n.steps(0, n.text().length()));
    }

    @Test
    void latinTextIsLeftAsItIsBeyondCase() {
        // UTS #39 skeletons map Latin "rn" to "m" and "I" to "l": only other scripts are skeletonized.
        NormalizedText n = NORMALIZER.normalize("Modern Iron Ill 1 0");
        assertEquals("modern iron ill 1 0", n.text());
        assertEquals(List.of(), n.steps(0, n.text().length()));
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String original = "Tas ＡＵＲ\u200Bｅｌｉａ ok";
        NormalizedText n = NORMALIZER.normalize(original);
        int from = n.text().indexOf("aur");
        int to = from + "aurelia".length();
        assertEquals("ＡＵＲ\u200Bｅｌｉａ", n.originalText(from, to));
        assertEquals(original.indexOf('Ａ'), n.originalStart(from));
        assertEquals(List.of("nfkc", "invisible"), n.steps(from, to));
    }

    @Test
    void bundledDictionaryHasThousandsOfWords() {
        CommonWords words = CommonWords.bundled();
        assertTrue(words.size() > 2500, "size " + words.size());
        assertTrue(words.contains("kodok") && words.contains("razor") && words.contains("sepatu"));
    }

    @Test
    void markKeysFoldEverythingButLeetspeak() {
        assertEquals("aureliasport", MarkKeys.key("Aurelia Sport"));
        assertEquals("aureliasport", MarkKeys.key("AURÉLIA-sport"));
        assertEquals("aureliasport", MarkKeys.key("Аurеlіа\u200B Ｓｐｏｒｔ"));
        assertEquals("aur3lia", MarkKeys.key("Aur3lia"));
    }
}
