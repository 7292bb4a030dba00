package dev.genuine.store.sqlite;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.store.ListingStore;
import dev.genuine.store.UpsertSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Listings in SQLite: one row per id with its content hash, its JSON and whether it waits for a scan. */
final class SqliteListingStore implements ListingStore {
    /** Ids per IN (...) lookup: well under SQLite's variable limit. */
    private static final int LOOKUP_CHUNK = 500;

    private final SqliteDatabase db;

    SqliteListingStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public UpsertSummary upsert(List<Listing> batch) {
        if (batch.isEmpty()) return UpsertSummary.NONE;
        return db.write(c -> {
            Map<String, String> known = existingHashes(c, batch);
            // Later rows of the batch win, as a feed's later line replaces an earlier one.
            Map<String, Listing> toWrite = new LinkedHashMap<>();
            Map<String, String> hashes = new HashMap<>();
            int added = 0, changed = 0, unchanged = 0;
            for (Listing l : batch) {
                String hash = ListingHash.of(l);
                String before = known.get(l.id());
                if (before == null) added++;
                else if (before.equals(hash)) unchanged++;
                else changed++;
                known.put(l.id(), hash);
                if (!hash.equals(before)) {
                    toWrite.put(l.id(), l);
                    hashes.put(l.id(), hash);
                }
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO listings (id, merchant_id, content_hash, pending, body) VALUES (?, ?, ?, 1, ?)
                    ON CONFLICT (id) DO UPDATE SET merchant_id = excluded.merchant_id,
                        content_hash = excluded.content_hash, pending = 1, body = excluded.body""")) {
                for (Listing l : toWrite.values()) {
                    p.setString(1, l.id());
                    p.setString(2, l.merchantId());
                    p.setString(3, hashes.get(l.id()));
                    p.setString(4, StoreJson.write(l));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return new UpsertSummary(added, changed, unchanged);
        });
    }

    private static Map<String, String> existingHashes(Connection c, List<Listing> batch) throws SQLException {
        List<String> ids = batch.stream().map(Listing::id).distinct().toList();
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = c.prepareStatement("SELECT id, content_hash FROM listings WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public Optional<Listing> get(String id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM listings WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(StoreJson.read(rs.getString(1), Listing.class)) : Optional.empty();
                }
            }
        });
    }

    /** Pages by id (keyset), so each page is an index seek however far the scan has come. */
    @Override
    public void forEachPending(boolean all, int batchSize, Consumer<List<Listing>> batchConsumer) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        String sql = all ? "SELECT id, body FROM listings WHERE id > ? ORDER BY id LIMIT ?"
                : "SELECT id, body FROM listings WHERE pending = 1 AND id > ? ORDER BY id LIMIT ?";
        String after = "";
        while (true) {
            String from = after;
            List<Listing> page = db.read(c -> {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, from);
                    p.setInt(2, batchSize);
                    List<Listing> out = new ArrayList<>(batchSize);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) out.add(StoreJson.read(rs.getString(2), Listing.class));
                    }
                    return out;
                }
            });
            if (page.isEmpty()) return;
            after = page.get(page.size() - 1).id();
            // The page is read before the consumer runs, so it may write (mark scanned) without a held cursor.
            batchConsumer.accept(page);
            if (page.size() < batchSize) return;
        }
    }

    @Override
    public void markScanned(Collection<String> ids) {
        if (ids.isEmpty()) return;
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE listings SET pending = 0 WHERE id = ? AND pending = 1")) {
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM listings"));
    }

    @Override
    public long pendingCount() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM listings WHERE pending = 1"));
    }
}
