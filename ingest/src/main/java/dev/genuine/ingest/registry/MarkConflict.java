package dev.genuine.ingest.registry;

import java.util.Objects;

/**
 * Two rights holders claiming the same word mark text (or alias) after normalization: {@code first} and
 * {@code second} name each claim, {@code key} the normalized form they share.
 */
public record MarkConflict(String key, Claim first, Claim second) {
    /** One holder's claim: the holder, the mark, and the text or alias as the holder wrote it. */
    public record Claim(String rightsHolderId, String markId, String text) {
        public Claim {
            Objects.requireNonNull(rightsHolderId, "rightsHolderId");
            Objects.requireNonNull(markId, "markId");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "'" + text + "' (mark " + markId + " of " + rightsHolderId + ")";
        }
    }

    public MarkConflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean involves(String rightsHolderId) {
        return first.rightsHolderId().equals(rightsHolderId) || second.rightsHolderId().equals(rightsHolderId);
    }

    /**
     * e.g. {@code word mark conflict: 'Aurelia' (mark aurelia-word of rh-aurelia) and 'AURELIA' (mark a-word of
     * rh-other) are the same mark 'aurelia'}.
     */
    public String message() {
        return "word mark conflict: " + first + " and " + second + " are the same mark '" + key + "'";
    }
}
