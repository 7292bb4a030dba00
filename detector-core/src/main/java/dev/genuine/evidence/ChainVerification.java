package dev.genuine.evidence;

/** The result of walking the evidence chain: how many records were checked and the first broken one. */
public record ChainVerification(long recordsChecked, Long firstBrokenSeq, String problem) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
