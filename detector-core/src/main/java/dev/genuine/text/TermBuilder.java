package dev.genuine.text;

import java.util.ArrayList;
import java.util.List;

/** Reads a normalized text's tokens as every compact term a word mark could hide in. */
final class TermBuilder {
    private final Tokenizer tokenizer;
    private final CommonWords commonWords;
    private final KeyPrefixes prefixes;
    private final int maxLength;

    /**
     * @param prefixes  words are read together only while what they make so far can start a mark key
     * @param maxLength the longest term worth reading (the longest mark key plus one for an inserted letter)
     */
    TermBuilder(CommonWords commonWords, KeyPrefixes prefixes, int maxLength) {
        this.tokenizer = new Tokenizer(commonWords);
        this.commonWords = commonWords;
        this.prefixes = prefixes;
        this.maxLength = maxLength;
    }

    List<Term> terms(NormalizedText normalized) {
        List<Token> tokens = tokenizer.tokens(normalized.text());
        List<Term> terms = new ArrayList<>(tokens.size() * 3);
        StringBuilder raw = new StringBuilder();
        StringBuilder leet = new StringBuilder();
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            raw.setLength(0);
            leet.setLength(0);
            shape.setLength(0);
            Token first = tokens.get(i);
            if (isInsideLetterRun(tokens, i)) continue;
            if (first.leetPrefix() != 0) leet.append(first.leetPrefix());
            boolean splitLetters = false;
            boolean anyCommon = false;
            boolean allCommon = true;
            boolean standIns = first.leetPrefix() != 0;
            int parts = 0;
            int prefixHash = 0;
            for (int j = i; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (j > i && (!t.joinable() || !prefixes.mayStart(prefixHash))) break;
                if (raw.length() + t.length() > maxLength && j > i) break;
                for (int k = 0; k < t.length(); k++) {
                    char previous = k > 0 ? t.text().charAt(k - 1) : raw.length() > 0 ? raw.charAt(raw.length() - 1) : 0;
                    prefixHash = KeyPrefixes.extend(prefixHash, previous, t.text().charAt(k));
                }
                standIns |= t.hasDigit() || (j > i && t.symbolBefore() != 0);
                boolean joinsLetters = j > i && t.length() == 1 && tokens.get(j - 1).length() == 1;
                if (joinsLetters || t.symbolBefore() != 0) splitLetters = true;
                if (!joinsLetters) parts++;
                if (j > i && t.symbolBefore() != 0) leet.append(t.symbolBefore());
                raw.append(t.text());
                leet.append(t.text());
                if (j > i) shape.append(' ');
                shape.append(t.length());
                anyCommon |= t.common();
                allCommon &= t.common();
                String text = raw.toString();
                boolean common = j == i ? t.common() : commonWords.contains(text);
                int steps = splitLetters ? Transformation.SPLIT_LETTERS.bit() : 0;
                String termShape = splitLetters ? null : shape.toString();
                terms.add(new Term(text, first.from(), t.to(), steps, termShape, parts, common, anyCommon, allCommon));
                if (j == i) addLookalikeReading(normalized, terms.get(terms.size() - 1), terms);
                if (standIns && LeetSpeak.isPlausible(leet)) {
                    Term like = new Term(text, first.from(), t.to(), steps, first.leetPrefix() != 0 ? null : termShape,
                            parts, common, anyCommon, allCommon);
                    addLeetReadings(leet, first, like, terms);
                }
            }
        }
        return terms;
    }

    /**
     * True when token {@code i} is a single letter joined to a single letter before it: letters spelled out one
     * by one are read from the start of their run (a reading may stop inside it: "B M W M Sport" holds "BMW").
     */
    private static boolean isInsideLetterRun(List<Token> tokens, int i) {
        return i > 0 && i < tokens.size() && tokens.get(i).joinable()
                && tokens.get(i).length() == 1 && tokens.get(i - 1).length() == 1;
    }

    /** Adds the reading of a word with a capital I or small l in disguise ("AppIe"), if it has one. */
    private void addLookalikeReading(NormalizedText normalized, Term word, List<Term> out) {
        String reading = CaseLookalikes.reading(normalized.originalText(word.from(), word.to()), word.text());
        if (reading == null) return;
        out.add(new Term(reading, word.from(), word.to(), word.steps() | Transformation.CONFUSABLE.bit(), word.shape(),
                word.parts(), commonWords.contains(reading), word.anyCommonPart(), word.allCommonParts()));
    }

    /** Adds each leet reading of {@code source}, shaped like the plain reading {@code like}. */
    private void addLeetReadings(CharSequence source, Token first, Term like, List<Term> out) {
        int from = first.leetPrefix() != 0 ? first.from() - 1 : first.from();
        for (String reading : LeetSpeak.readings(source)) {
            out.add(new Term(reading, from, like.to(), like.steps() | Transformation.LEETSPEAK.bit(), like.shape(),
                    like.parts(), commonWords.contains(reading), like.anyCommonPart(), like.allCommonParts()));
        }
    }
}
