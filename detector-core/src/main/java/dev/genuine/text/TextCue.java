package dev.genuine.text;

/**
 * A telling phrase found in a listing: what kind, where, the phrase as written, and whether it was negated
 * ("bukan KW" is a denial of counterfeit vocabulary, not an admission).
 */
public record TextCue(CueKind kind, TextField field, String phrase, int start, boolean negated) {}
