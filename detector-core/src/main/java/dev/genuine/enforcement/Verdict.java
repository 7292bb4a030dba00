package dev.genuine.enforcement;

import java.util.Locale;

/** A moderator's verdict on a listing in the review queue. */
public enum Verdict {
    TAKEDOWN, ALLOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromWire(String s) {
        return switch (s) {
            case "takedown" -> TAKEDOWN;
            case "allow" -> ALLOW;
            default -> throw new IllegalArgumentException("verdict must be takedown or allow, not '" + s + "'");
        };
    }
}
