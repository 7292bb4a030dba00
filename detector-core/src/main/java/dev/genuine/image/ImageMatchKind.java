package dev.genuine.image;

/** What a listing image was matched to in the registry. */
public enum ImageMatchKind {
    /** An official product photo, re-used (maybe edited). */
    PRODUCT_PHOTO,
    /** A registry logo seen inside the listing's photo. */
    LOGO
}
