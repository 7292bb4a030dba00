package dev.genuine.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The character-level normalization steps, in the order they run. */
final class CharacterSteps {
    private CharacterSteps() {}

    /** A fresh pipeline (the confusable step keeps its own cache of skeletons). */
    static List<CodePointStep> pipeline() {
        return List.of(new Nfkc(), new Invisible(), new Confusable(), new Diacritics());
    }

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Compatibility forms to their plain letters: Ｇ to G, ﬁ to fi, 𝐍 to N. */
    static final class Nfkc implements CodePointStep {
        public Transformation transformation() {
            return Transformation.NFKC;
        }

        public String apply(int cp) {
            String s = Character.toString(cp);
            return NFKC.isNormalized(s) ? null : NFKC.normalize(s);
        }
    }

    /** Format characters that render as nothing but split a word for a naive matcher. */
    static final class Invisible implements CodePointStep {
        public Transformation transformation() {
            return Transformation.INVISIBLE;
        }

        public String apply(int cp) {
            return isInvisible(cp) ? "" : null;
        }

        static boolean isInvisible(int cp) {
            return Character.getType(cp) == Character.FORMAT
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                    || (cp >= 0x180B && cp <= 0x180D)
                    || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
        }
    }

    /**
     * Letters of other scripts to the Latin letters they imitate, by their UTS #39 skeleton. Latin text is left
     * alone, because skeletons also map Latin to Latin ("rn" to "m", "I" to "l") which would damage honest text.
     */
    static final class Confusable implements CodePointStep {
        private final SpoofChecker checker = new SpoofChecker.Builder().build();
        private final Map<Integer, String> cache = new ConcurrentHashMap<>();

        public Transformation transformation() {
            return Transformation.CONFUSABLE;
        }

        public String apply(int cp) {
            if (!Character.isLetter(cp)) return null;
            int script = UScript.getScript(cp);
            if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) return null;
            String latin = cache.computeIfAbsent(cp, this::latinSkeleton);
            return latin.isEmpty() ? null : latin;
        }

        /** The skeleton without combining marks if it is made of Latin letters, else "" (computed once per letter). */
        private String latinSkeleton(int cp) {
            String skeleton;
            synchronized (checker) {
                skeleton = stripMarks(checker.getSkeleton(Character.toString(cp)));
            }
            if (skeleton.isEmpty()) return "";
            boolean latin = skeleton.codePoints().allMatch(c -> Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN);
            return latin ? skeleton : "";
        }
    }

    /** Accents and other diacritics removed, plus the Latin letters that carry a stroke instead of a mark. */
    static final class Diacritics implements CodePointStep {
        private static final Map<Integer, String> STROKED = Map.ofEntries(
                Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
                Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"),
                Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"),
                Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ɑ', "a"),
                Map.entry((int) 'ĸ', "k"), Map.entry((int) 'ɡ', "g"), Map.entry((int) 'ŀ', "l"));

        public Transformation transformation() {
            return Transformation.DIACRITICS;
        }

        public String apply(int cp) {
            String stroked = STROKED.get(cp);
            if (stroked != null) return stroked;
            if (Character.getType(cp) == Character.NON_SPACING_MARK) return "";
            String s = Character.toString(cp);
            String decomposed = NFD.normalize(s);
            if (decomposed.equals(s)) return null;
            String base = stripMarks(decomposed);
            return base.equals(s) ? null : base;
        }
    }

    static String stripMarks(String s) {
        String decomposed = NFD.normalize(s);
        StringBuilder b = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString();
    }
}
