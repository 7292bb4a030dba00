package dev.genuine.signal;

/** Short quoting of listing text for one-line details. */
final class Quotes {
    private Quotes() {}

    static String quote(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'";
    }

    static String where(dev.genuine.text.TextField field) {
        return switch (field) {
            case TITLE -> "title";
            case DESCRIPTION -> "description";
            case REVIEW -> "a buyer review";
        };
    }
}
