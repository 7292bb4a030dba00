package dev.genuine.text;

/**
 * A text after the character-level normalization steps, lower-cased, with every character mapped back to the
 * original characters it came from and the steps that changed them.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] start;
    private final int[] end;
    private final int[] steps;

    NormalizedText(String original, String text, int[] start, int[] end, int[] steps) {
        this.original = original;
        this.text = text;
        this.start = start;
        this.end = end;
        this.steps = steps;
    }

    /** The normalized, lower-cased text. */
    public String text() {
        return text;
    }

    /** Offset in the original text where normalized character {@code i} begins. */
    public int originalStart(int i) {
        return start[i];
    }

    /** The original characters behind normalized characters [from, to). */
    public String originalText(int from, int to) {
        return original.substring(start[from], end[to - 1]);
    }

    /** The wire names of the steps that changed normalized characters [from, to). */
    public java.util.List<String> steps(int from, int to) {
        return Transformation.names(stepBits(from, to));
    }

    int stepBits(int from, int to) {
        int bits = 0;
        for (int i = from; i < to; i++) bits |= steps[i];
        return bits;
    }
}
