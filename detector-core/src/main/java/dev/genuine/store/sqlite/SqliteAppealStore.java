package dev.genuine.store.sqlite;

import dev.genuine.store.Appeal;
import dev.genuine.store.AppealStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Appeals in SQLite; at most one open appeal per listing. */
final class SqliteAppealStore implements AppealStore {
    private static final String COLUMNS = "id, listing_id, merchant_id, statement, status, decided_by, resolution, filed_at, decided_at";
    private static final Set<String> STATUSES = Set.of("open", "upheld", "rejected");

    private final SqliteDatabase db;
    private final Clock clock;

    SqliteAppealStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Appeal file(String listingId, String merchantId, String statement) {
        if (statement == null || statement.isBlank()) throw new IllegalArgumentException("an appeal needs a statement");
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM appeals WHERE listing_id = ? AND status = 'open'")) {
                p.setString(1, listingId);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) throw new IllegalStateException("listing " + listingId + " already has an open appeal (" + rs.getLong(1) + ")");
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO appeals (listing_id, merchant_id, statement, status, filed_at) VALUES (?, ?, ?, 'open', ?)")) {
                p.setString(1, listingId);
                p.setString(2, merchantId);
                p.setString(3, statement);
                p.setString(4, Sql.time(clock.instant()));
                return byId(c, Sql.insert(c, p)).orElseThrow();
            }
        });
    }

    @Override
    public Optional<Appeal> get(long id) {
        return db.read(c -> byId(c, id));
    }

    /** Appeals with the status (every appeal when null), oldest first. */
    @Override
    public List<Appeal> list(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown appeal status '" + status + "' (open, upheld or rejected)");
        }
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM appeals"
                    + (status == null ? "" : " WHERE status = ?") + " ORDER BY id")) {
                if (status != null) p.setString(1, status);
                return all(p);
            }
        });
    }

    @Override
    public Appeal decide(long id, String moderator, boolean upheld, String resolution) {
        if (moderator == null || moderator.isBlank()) throw new IllegalArgumentException("a moderator name is required");
        return db.write(c -> {
            Appeal a = byId(c, id).orElseThrow(() -> new IllegalArgumentException("no appeal " + id));
            if (!a.status().equals("open")) {
                throw new IllegalStateException("appeal " + id + " is already decided (" + a.status() + " by " + a.decidedBy() + ")");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE appeals SET status = ?, decided_by = ?, resolution = ?, decided_at = ? WHERE id = ?")) {
                p.setString(1, upheld ? "upheld" : "rejected");
                p.setString(2, moderator);
                p.setString(3, resolution);
                p.setString(4, Sql.time(clock.instant()));
                p.setLong(5, id);
                p.executeUpdate();
            }
            return byId(c, id).orElseThrow();
        });
    }

    private static Optional<Appeal> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM appeals WHERE id = ?")) {
            p.setLong(1, id);
            return all(p).stream().findFirst();
        }
    }

    private static List<Appeal> all(PreparedStatement p) throws SQLException {
        List<Appeal> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Appeal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), Sql.instant(rs.getString(8)), Sql.instant(rs.getString(9))));
            }
        }
        return out;
    }
}
