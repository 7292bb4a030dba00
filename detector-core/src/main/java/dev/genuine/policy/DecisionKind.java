package dev.genuine.policy;

/** What happens to a listing. */
public enum DecisionKind {
    TAKEDOWN, REVIEW, ALLOW;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DecisionKind fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
