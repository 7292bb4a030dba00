package dev.genuine.enforcement;

/** The evidence record types of decisions and of what people do about them; all share the one chain. */
public final class EvidenceTypes {
    /** A scanner decision (takedown or review), written by the scan. */
    public static final String DECISION = "decision";
    public static final String MODERATOR_VERDICT = "moderator-verdict";
    public static final String MERCHANT_SUSPENDED = "merchant-suspended";
    public static final String MERCHANT_REINSTATED = "merchant-reinstated";
    public static final String APPEAL_FILED = "appeal-filed";
    public static final String APPEAL_DECIDED = "appeal-decided";

    private EvidenceTypes() {}
}
