package dev.genuine.text;

/**
 * A telling phrase found in a listing: what kind, where (offset in {@link TextField#textOf}), the phrase as
 * written, and whether it was negated ("bukan KW" is a denial of counterfeit vocabulary, not an admission).
 */
public record TextCue(CueKind kind, TextField field, String phrase, int start, boolean negated) {
    /** How far (in characters) a mark may follow a referential phrase and still be what it refers to. */
    public static final int REFERENCE_REACH = 30;

    /** Offset just after the phrase in its field's text. */
    public int end() {
        return start + phrase.length();
    }

    /** True when this is a phrase of that kind and the listing does not deny it ("KW", not "bukan KW"). */
    public boolean affirms(CueKind kind) {
        return this.kind == kind && !negated;
    }

    /** True when the mark match follows this phrase closely in the same field ("case untuk &lt;mark&gt;"). */
    public boolean isFollowedBy(MarkMatch match) {
        return precedes(match.field(), match.start());
    }

    /** True when text starting at {@code start} of {@code field} follows this phrase closely. */
    public boolean precedes(TextField field, int start) {
        int gap = start - end();
        return field == this.field && gap >= 0 && gap <= REFERENCE_REACH;
    }
}
