package dev.genuine.testdata;

import java.util.List;

/** The kinds of labelled listing, with whether they infringe and which decisions count as right. */
public enum CaseKind {
    COUNTERFEIT_LANGUAGE("counterfeit-language", true, List.of("takedown")),
    EVASION_SPELLING("evasion-spelling", true, List.of("takedown", "review")),
    PHOTO_REUSE("photo-reuse", true, List.of("takedown", "review")),
    LOGO_ON_PRODUCT("logo-on-product", true, List.of("takedown", "review")),
    BUYER_ALLEGED("buyer-alleged", true, List.of("takedown", "review")),
    AUTHORIZED_GENUINE("authorized-genuine", false, List.of("allow")),
    UNRELATED("unrelated", false, List.of("allow")),
    REFERENTIAL("referential", false, List.of("allow", "review")),
    COMMON_WORD("common-word", false, List.of("allow", "review")),
    NEAR_NAME("near-name", false, List.of("allow", "review")),
    SECOND_HAND("second-hand", false, List.of("allow", "review"));

    private final String label;
    private final boolean infringing;
    private final List<String> acceptable;

    CaseKind(String label, boolean infringing, List<String> acceptable) {
        this.label = label;
        this.infringing = infringing;
        this.acceptable = acceptable;
    }

    /** The name used in labels.jsonl. */
    public String label() {
        return label;
    }

    public boolean infringing() {
        return infringing;
    }

    /** The decisions (takedown, review, allow) that count as right for this case. */
    public List<String> acceptable() {
        return acceptable;
    }

    /** The case named {@code label}. */
    public static CaseKind of(String label) {
        for (CaseKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown case '" + label + "'");
    }
}
