package dev.genuine.evidence;

/**
 * Verifies the chain one stored record at a time, in seq order, and remembers the first record that breaks it:
 * a seq gap (a deleted record), a prevHash that is not the previous record's hash (a broken link), or a hash
 * that does not match the record's content (an edited field). Stores feed it rows; it holds no store state.
 */
public final class ChainWalker {
    private long expectedSeq = 1;
    private String expectedPrev = EvidenceChain.GENESIS;
    private long checked;
    private Long brokenSeq;
    private String problem;

    /** Checks the next stored record; returns false once the chain is broken (later records are not checked). */
    public boolean accept(EvidenceRecord r) {
        if (brokenSeq != null) return false;
        checked++;
        if (r.seq() != expectedSeq) {
            return fail(expectedSeq, r.seq() < expectedSeq
                    ? "seq " + r.seq() + " appears out of order after seq " + (expectedSeq - 1)
                    : "record " + expectedSeq + " is missing (seq jumps from " + (expectedSeq - 1) + " to " + r.seq() + ")");
        }
        if (!expectedPrev.equals(r.prevHash())) {
            return fail(r.seq(), "prevHash link broken: it is " + r.prevHash() + " but the previous record's hash is " + expectedPrev);
        }
        String recomputed = EvidenceChain.hash(r.prevHash(), r.seq(), r.type(), r.listingId(), r.recordedAt(), r.body());
        if (!recomputed.equals(r.hash())) {
            return fail(r.seq(), "hash mismatch: the record's content was changed (stored " + r.hash() + ", computed " + recomputed + ")");
        }
        expectedSeq = r.seq() + 1;
        expectedPrev = r.hash();
        return true;
    }

    /** Reports a record the store could not even read back (unparseable body or time) as the break. */
    public boolean unreadable(long seq, String what) {
        if (brokenSeq != null) return false;
        checked++;
        return fail(seq, "record " + seq + " is unreadable: " + what);
    }

    /**
     * Checks that the chain ends where the store's separately kept head says it does, so deleting the newest
     * records is detected too.
     */
    public void expectHead(long headSeq, String headHash) {
        if (brokenSeq != null) return;
        long lastSeq = expectedSeq - 1;
        if (headSeq > lastSeq) {
            fail(lastSeq + 1, "records " + (lastSeq + 1) + ".." + headSeq + " are missing (the chain head is record " + headSeq + ")");
        } else if (headSeq < lastSeq) {
            fail(headSeq + 1, "record " + (headSeq + 1) + " is past the chain head (record " + headSeq + ")");
        } else if (headSeq > 0 && !headHash.equals(expectedPrev)) {
            fail(headSeq, "hash mismatch: record " + headSeq + " does not carry the hash the chain head recorded");
        }
    }

    public ChainVerification result() {
        return new ChainVerification(checked, brokenSeq, problem);
    }

    private boolean fail(long seq, String what) {
        brokenSeq = seq;
        problem = what;
        return false;
    }
}
