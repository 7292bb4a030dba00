package dev.genuine.cli;

import dev.genuine.evidence.ChainVerification;
import dev.genuine.evidence.EvidenceChain;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.store.GenuineStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a third party needs to check a listing's evidence on its own: the listing's records in full, the hash
 * rule, and for each record the next record of the chain (whose prevHash must equal the record's hash), plus the
 * state of the whole chain when exported. Renderers (JSON now, HTML later) all start from this value.
 */
record EvidenceExport(String listingId, Instant exportedAt, String hashRule, String genesis, List<EvidenceRecord> records,
                      List<Link> links, ChainVerification chain) {
    static final String HASH_RULE = "hash = SHA-256(prevHash || canonical JSON of {seq, type, listingId, recordedAt, body}); "
            + "canonical JSON: keys sorted, no insignificant whitespace, UTF-8; first prevHash = genesis";

    /** The record that follows {@code seq} in the chain, proving the listing's record is linked in. */
    record Link(long seq, long nextSeq, String nextPrevHash, String nextHash) {}

    static EvidenceExport of(GenuineStore store, String listingId, Instant now) {
        List<EvidenceRecord> records = store.evidence().forListing(listingId);
        List<Link> links = new ArrayList<>();
        for (EvidenceRecord r : records) {
            store.evidence().get(r.seq() + 1).ifPresent(next -> links.add(new Link(r.seq(), next.seq(), next.prevHash(), next.hash())));
        }
        return new EvidenceExport(listingId, now, HASH_RULE, EvidenceChain.GENESIS, records, links, store.evidence().verify());
    }
}
