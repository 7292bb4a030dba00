package dev.genuine.text;

/** Which part of a listing a piece of text came from. */
public enum TextField {
    TITLE, DESCRIPTION, REVIEW;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
