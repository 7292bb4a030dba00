package dev.genuine.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The append-only, hash-chained log of decisions and human actions. */
public interface EvidenceLog {
    /** Appends in order, in one transaction, and returns the stored records. */
    List<EvidenceRecord> append(List<EvidenceEntry> entries);

    Optional<EvidenceRecord> get(long seq);

    List<EvidenceRecord> forListing(String listingId);

    void forEach(Consumer<EvidenceRecord> consumer);

    /** Recomputes every hash from the first record; reports the first record that does not match. */
    ChainVerification verify();
}
