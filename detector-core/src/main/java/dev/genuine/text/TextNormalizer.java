package dev.genuine.text;

import java.util.Arrays;
import java.util.List;

/**
 * Runs the character-level normalization pipeline (NFKC, invisible characters, confusables, diacritics, then
 * lower case) over a text, keeping offsets into the original. Thread-safe; plain ASCII takes a fast path.
 */
public final class TextNormalizer {
    private final List<CodePointStep> steps;

    public TextNormalizer() {
        this(CharacterSteps.pipeline());
    }

    TextNormalizer(List<CodePointStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public NormalizedText normalize(String original) {
        Builder out = new Builder(original.length());
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                out.append(Character.toLowerCase((char) cp), i, next, 0);
            } else {
                emit(cp, 0, 0, i, next, out);
            }
            i = next;
        }
        return out.build(original);
    }

    /** Runs steps from {@code stepIndex} on one code point, recursing into each code point a step produces. */
    private void emit(int cp, int stepIndex, int bits, int from, int to, Builder out) {
        for (int s = stepIndex; s < steps.size(); s++) {
            CodePointStep step = steps.get(s);
            String replaced = step.apply(cp);
            if (replaced == null) continue;
            int changed = bits | step.transformation().bit();
            if (replaced.isEmpty()) {
                out.removed(changed);
                return;
            }
            int finalStep = s + 1;
            replaced.codePoints().forEach(c -> emit(c, finalStep, changed, from, to, out));
            return;
        }
        String lower = Character.toString(Character.toLowerCase(cp));
        for (int k = 0; k < lower.length(); k++) out.append(lower.charAt(k), from, to, bits);
    }

    /** Growable parallel arrays; a removed character marks its neighbours so a span over the gap reports it. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] start;
        private int[] end;
        private int[] steps;
        private int pending;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            start = new int[Math.max(capacity, 4)];
            end = new int[start.length];
            steps = new int[start.length];
        }

        void append(char c, int from, int to, int bits) {
            int n = text.length();
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
                steps = Arrays.copyOf(steps, n * 2);
            }
            text.append(c);
            start[n] = from;
            end[n] = to;
            steps[n] = bits | pending;
            pending = 0;
        }

        void removed(int bits) {
            int n = text.length();
            if (n > 0) steps[n - 1] |= bits;
            pending |= bits;
        }

        NormalizedText build(String original) {
            int n = text.length();
            return new NormalizedText(original, text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n),
                    Arrays.copyOf(steps, n));
        }
    }
}
