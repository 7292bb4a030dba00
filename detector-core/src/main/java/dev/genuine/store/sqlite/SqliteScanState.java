package dev.genuine.store.sqlite;

import dev.genuine.store.ScanStateStore;

import java.sql.PreparedStatement;
import java.time.Clock;

/** One row per completed scan; the newest says which registry version the decisions reflect. */
final class SqliteScanState implements ScanStateStore {
    private final SqliteDatabase db;
    private final Clock clock;

    SqliteScanState(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public int lastScannedRegistryVersion() {
        return db.read(c -> (int) Sql.count(c, "SELECT COALESCE((SELECT registry_version FROM scans ORDER BY id DESC LIMIT 1), 0)"));
    }

    @Override
    public void recordScan(int registryVersion, String scorer, long listingsScanned) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO scans (registry_version, scorer, listings_scanned, completed_at) VALUES (?, ?, ?, ?)")) {
                p.setInt(1, registryVersion);
                p.setString(2, scorer);
                p.setLong(3, listingsScanned);
                p.setString(4, Sql.time(clock.instant()));
                p.executeUpdate();
            }
            return null;
        });
    }
}
