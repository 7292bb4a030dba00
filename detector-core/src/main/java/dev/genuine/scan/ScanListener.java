package dev.genuine.scan;

/** Hears how far a scan has got, so a terminal can show progress. */
@FunctionalInterface
public interface ScanListener {
    void scanned(long done, long total);

    ScanListener SILENT = (done, total) -> {};
}
