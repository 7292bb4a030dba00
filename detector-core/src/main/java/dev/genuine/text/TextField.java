package dev.genuine.text;

import dev.genuine.domain.Listing;

/** Which part of a listing a piece of text came from. */
public enum TextField {
    TITLE, DESCRIPTION, REVIEW;

    /** Separates reviews in the REVIEW field's text; offsets of REVIEW matches and cues are into that text. */
    public static final String REVIEW_SEPARATOR = "\n";

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The field's text in a listing: the title, the description, or every review joined by a line break. */
    public String textOf(Listing listing) {
        return switch (this) {
            case TITLE -> listing.title();
            case DESCRIPTION -> listing.description();
            case REVIEW -> String.join(REVIEW_SEPARATOR, listing.reviews());
        };
    }
}
