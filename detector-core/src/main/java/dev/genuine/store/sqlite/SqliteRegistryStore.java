package dev.genuine.store.sqlite;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.store.RegistryStore;
import dev.genuine.store.RegistryVersionInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned registry in SQLite: each version holds one row per rights holder with its entry as JSON;
 * holders a commit does not touch are copied into the new version, so every version reads on its own.
 */
final class SqliteRegistryStore implements RegistryStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final SqliteDatabase db;
    private final Clock clock;
    /** The newest version, read once: scans ask for it often and only {@link #commit} changes it. */
    private volatile Registry current;

    SqliteRegistryStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Registry current() {
        Registry r = current;
        if (r == null) {
            r = db.read(c -> {
                int newest = (int) Sql.count(c, "SELECT COALESCE(MAX(version), 0) FROM registry_versions");
                return newest == 0 ? Registry.empty() : load(c, newest).orElseThrow();
            });
            current = r;
        }
        return r;
    }

    @Override
    public Optional<Registry> version(int version) {
        return db.read(c -> load(c, version));
    }

    @Override
    public List<RegistryVersionInfo> versions() {
        return db.read(c -> {
            List<RegistryVersionInfo> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT version, created_at, changed_holders FROM registry_versions ORDER BY version");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegistryVersionInfo(rs.getInt(1), Sql.instant(rs.getString(2)), StoreJson.read(rs.getString(3), STRINGS)));
                }
            }
            return out;
        });
    }

    @Override
    public Registry commit(List<RightsHolderEntry> entries) {
        if (entries.isEmpty()) throw new IllegalArgumentException("a registry version needs at least one rights holder entry");
        Set<String> ids = new HashSet<>();
        for (RightsHolderEntry e : entries) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("rights holder " + e.id() + " appears twice in one commit");
        }
        Registry committed = db.write(c -> {
            int previous = (int) Sql.count(c, "SELECT COALESCE(MAX(version), 0) FROM registry_versions");
            int version = previous + 1;
            Instant now = clock.instant();
            List<String> changed = entries.stream().map(RightsHolderEntry::id).sorted().toList();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO registry_versions (version, created_at, changed_holders) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, Sql.time(now));
                p.setString(3, StoreJson.write(changed));
                p.executeUpdate();
            }
            carryOver(c, previous, version, ids);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO registry_entries (version, holder_id, entry) VALUES (?, ?, ?)")) {
                for (RightsHolderEntry e : entries) {
                    p.setInt(1, version);
                    p.setString(2, e.id());
                    p.setString(3, StoreJson.write(e));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return load(c, version).orElseThrow();
        });
        current = committed;
        return committed;
    }

    private static void carryOver(Connection c, int from, int to, Set<String> replaced) throws SQLException {
        if (from == 0) return;
        try (PreparedStatement select = c.prepareStatement("SELECT holder_id FROM registry_entries WHERE version = ?");
             PreparedStatement copy = c.prepareStatement(
                     "INSERT INTO registry_entries (version, holder_id, entry) SELECT ?, holder_id, entry FROM registry_entries WHERE version = ? AND holder_id = ?")) {
            select.setInt(1, from);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String holder = rs.getString(1);
                    if (replaced.contains(holder)) continue;
                    copy.setInt(1, to);
                    copy.setInt(2, from);
                    copy.setString(3, holder);
                    copy.addBatch();
                }
            }
            copy.executeBatch();
        }
    }

    private static Optional<Registry> load(Connection c, int version) throws SQLException {
        Instant created;
        try (PreparedStatement p = c.prepareStatement("SELECT created_at FROM registry_versions WHERE version = ?")) {
            p.setInt(1, version);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                created = Sql.instant(rs.getString(1));
            }
        }
        List<RightsHolderEntry> entries = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT entry FROM registry_entries WHERE version = ? ORDER BY holder_id")) {
            p.setInt(1, version);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) entries.add(StoreJson.read(rs.getString(1), RightsHolderEntry.class));
            }
        }
        return Optional.of(new Registry(version, created, entries));
    }
}
