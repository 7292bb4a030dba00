package dev.genuine.testdata;

/** The kinds of product the painter can draw. */
public enum ProductShape {
    SHOE, BAG, BOTTLE, PHONE, WATCH, SPEAKER, SHIRT, JAR
}
