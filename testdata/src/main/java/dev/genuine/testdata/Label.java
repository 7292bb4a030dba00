package dev.genuine.testdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The truth about one generated listing, as a line of labels.jsonl: whether it infringes, the brand and
 * rights holder it infringes or could be confused with (null for unrelated listings), its case, the
 * decisions that count as right, and how it was made ({@code variant}, for diagnostics).
 */
public record Label(String listingId, boolean infringing, String brand, String rightsHolderId, CaseKind caseKind,
                    Map<String, Object> variant) {
    public Label {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(caseKind, "caseKind");
        if (infringing != caseKind.infringing()) {
            throw new IllegalArgumentException(listingId + ": infringing must agree with case " + caseKind.label());
        }
        if ((brand == null) != (rightsHolderId == null)) {
            throw new IllegalArgumentException(listingId + ": brand and rightsHolderId are both set or both null");
        }
        variant = Collections.unmodifiableMap(new LinkedHashMap<>(variant));
    }

    /** The decisions that count as right. */
    public List<String> acceptable() {
        return caseKind.acceptable();
    }
}
