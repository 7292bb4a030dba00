package dev.genuine.text;

/** One named step of the character-level normalization pipeline, applied to one code point at a time. */
interface CodePointStep {
    Transformation transformation();

    /** What the code point becomes (empty to remove it, several code points to expand it), or null if unchanged. */
    String apply(int codePoint);
}
