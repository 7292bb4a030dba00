package dev.genuine.store.sqlite;

import dev.genuine.policy.Decision;
import dev.genuine.store.DecisionStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every decision in SQLite, oldest first, with a pointer to each listing's latest. */
final class SqliteDecisionStore implements DecisionStore {
    static final int PAGE = 1000;

    private final SqliteDatabase db;

    SqliteDecisionStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void saveAll(List<Decision> decisions) {
        if (decisions.isEmpty()) return;
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO decisions (listing_id, kind, score, decided_at, scorer, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Decision d : decisions) {
                    insert.setString(1, d.listingId());
                    insert.setString(2, d.kind().wireName());
                    insert.setDouble(3, d.score());
                    insert.setString(4, Sql.time(d.decidedAt()));
                    insert.setString(5, d.scorer());
                    insert.setString(6, StoreJson.write(d));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // Row ids of one batch are consecutive: this connection is the only writer and holds the write lock.
            long first = Sql.count(c, "SELECT last_insert_rowid()") - decisions.size() + 1;
            try (PreparedStatement latest = c.prepareStatement("""
                    INSERT INTO latest_decisions (listing_id, decision_id) VALUES (?, ?)
                    ON CONFLICT (listing_id) DO UPDATE SET decision_id = excluded.decision_id""")) {
                for (int i = 0; i < decisions.size(); i++) {
                    latest.setString(1, decisions.get(i).listingId());
                    latest.setLong(2, first + i);
                    latest.addBatch();
                }
                latest.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Decision> latest(String listingId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT d.body FROM latest_decisions l JOIN decisions d ON d.id = l.decision_id WHERE l.listing_id = ?")) {
                p.setString(1, listingId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(StoreJson.read(rs.getString(1), Decision.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Decision> history(String listingId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM decisions WHERE listing_id = ? ORDER BY id")) {
                p.setString(1, listingId);
                List<Decision> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(StoreJson.read(rs.getString(1), Decision.class));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Decision> latestBy(String listingId, Collection<String> scorers) {
        if (scorers.isEmpty()) return Optional.empty();
        List<String> names = List.copyOf(scorers);
        String marks = String.join(", ", Collections.nCopies(names.size(), "?"));
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT body FROM decisions WHERE listing_id = ? AND scorer IN (" + marks + ") ORDER BY id DESC LIMIT 1")) {
                p.setString(1, listingId);
                for (int i = 0; i < names.size(); i++) p.setString(i + 2, names.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(StoreJson.read(rs.getString(1), Decision.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void forEachLatest(Consumer<Decision> consumer) {
        String after = "";
        while (true) {
            String from = after;
            List<Decision> page = db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("""
                        SELECT d.body FROM latest_decisions l JOIN decisions d ON d.id = l.decision_id
                        WHERE l.listing_id > ? ORDER BY l.listing_id LIMIT ?""")) {
                    p.setString(1, from);
                    p.setInt(2, PAGE);
                    List<Decision> out = new ArrayList<>(PAGE);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) out.add(StoreJson.read(rs.getString(1), Decision.class));
                    }
                    return out;
                }
            });
            page.forEach(consumer);
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).listingId();
        }
    }
}
