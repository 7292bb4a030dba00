package dev.genuine.domain;

/** A trademark's kind: a word mark is matched in text, a figurative mark (logo) in images. */
public enum MarkKind {
    WORD, FIGURATIVE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MarkKind fromWire(String s) {
        return switch (s) {
            case "word" -> WORD;
            case "figurative" -> FIGURATIVE;
            default -> throw new IllegalArgumentException("unknown mark kind '" + s + "' (word or figurative)");
        };
    }
}
