package dev.genuine.evidence.html;

import dev.genuine.evidence.EvidenceChain;
import dev.genuine.evidence.EvidenceRecord;

/**
 * Where a record sits in the evidence chain: its sequence number, hash and the previous record's hash, so a
 * reviewer can match it against {@code genuine evidence verify}, and whether the hash still fits the content.
 */
final class ChainView {
    private ChainView() {}

    static String html(EvidenceRecord r) {
        boolean intact = intact(r);
        return "<section class=\"chain\"><h3>Evidence record</h3><table class=\"kv\">"
                + "<tr><th>Sequence</th><td>" + r.seq() + "</td></tr>"
                + "<tr><th>Type</th><td>" + Html.text(r.type()) + "</td></tr>"
                + "<tr><th>Recorded at</th><td>" + Html.text(String.valueOf(r.recordedAt())) + "</td></tr>"
                + "<tr><th>Hash</th><td><code>" + Html.text(r.hash()) + "</code></td></tr>"
                + "<tr><th>Previous hash</th><td><code>" + Html.text(r.prevHash()) + "</code></td></tr>"
                + "<tr><th>Content check</th><td class=\"" + (intact ? "ok\">the hash matches this record's content"
                : "warn\">the hash does NOT match this record's content") + "</td></tr></table>"
                + "<p class=\"muted\">hash = SHA-256(previous hash ‖ canonical JSON of seq, type, listingId, recordedAt, body). "
                + "Run <code>genuine evidence verify</code> on the platform to check the whole chain.</p></section>";
    }

    /** Recomputes the record's hash; a record that cannot be hashed (fields missing) is not intact. */
    static boolean intact(EvidenceRecord r) {
        if (r.prevHash() == null || r.hash() == null || r.type() == null || r.recordedAt() == null || r.body() == null) return false;
        return EvidenceChain.hash(r.prevHash(), r.seq(), r.type(), r.listingId(), r.recordedAt(), r.body()).equals(r.hash());
    }
}
