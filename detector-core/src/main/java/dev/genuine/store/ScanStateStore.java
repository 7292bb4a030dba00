package dev.genuine.store;

/** What the last scan saw, so a registry change triggers a full rescan. */
public interface ScanStateStore {
    /** The registry version the last completed scan used, or 0 before the first scan. */
    int lastScannedRegistryVersion();

    void recordScan(int registryVersion, String scorer, long listingsScanned);
}
