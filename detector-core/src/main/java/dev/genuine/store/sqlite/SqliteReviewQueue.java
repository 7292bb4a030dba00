package dev.genuine.store.sqlite;

import dev.genuine.store.ReviewItem;
import dev.genuine.store.ReviewQueue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The review queue in SQLite; claims run in an IMMEDIATE transaction, so two moderators never share an item. */
final class SqliteReviewQueue implements ReviewQueue {
    private static final String COLUMNS =
            "id, listing_id, evidence_seq, score, rights_holder_id, status, claimed_by, verdict, note, created_at, resolved_at";
    private static final Set<String> STATUSES = Set.of("open", "claimed", "resolved", "withdrawn");
    private static final Set<String> VERDICTS = Set.of("takedown", "allow");

    private final SqliteDatabase db;
    private final Clock clock;

    SqliteReviewQueue(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long enqueue(String listingId, long evidenceSeq, double score, String rightsHolderId) {
        return db.write(c -> {
            Optional<ReviewItem> active = one(c, "SELECT " + COLUMNS + " FROM review_items WHERE listing_id = ? AND status IN ('open', 'claimed')", listingId);
            if (active.isPresent()) {
                try (PreparedStatement p = c.prepareStatement("UPDATE review_items SET evidence_seq = ?, score = ?, rights_holder_id = ? WHERE id = ?")) {
                    p.setLong(1, evidenceSeq);
                    p.setDouble(2, score);
                    p.setString(3, rightsHolderId);
                    p.setLong(4, active.get().id());
                    p.executeUpdate();
                }
                return active.get().id();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO review_items (listing_id, evidence_seq, score, rights_holder_id, status, created_at) VALUES (?, ?, ?, ?, 'open', ?)")) {
                p.setString(1, listingId);
                p.setLong(2, evidenceSeq);
                p.setDouble(3, score);
                p.setString(4, rightsHolderId);
                p.setString(5, Sql.time(clock.instant()));
                return Sql.insert(c, p);
            }
        });
    }

    @Override
    public void withdraw(String listingId) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE review_items SET status = 'withdrawn', resolved_at = ? WHERE listing_id = ? AND status IN ('open', 'claimed')")) {
                p.setString(1, Sql.time(clock.instant()));
                p.setString(2, listingId);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Open items highest score first; other statuses newest first; {@code status} null lists every item. */
    @Override
    public List<ReviewItem> list(String status, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown review status '" + status + "' (open, claimed, resolved or withdrawn)");
        }
        String order = "open".equals(status) ? "score DESC, id" : "id DESC";
        String where = status == null ? "" : " WHERE status = ?";
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM review_items" + where + " ORDER BY " + order + " LIMIT ?")) {
                int i = 1;
                if (status != null) p.setString(i++, status);
                p.setInt(i, limit <= 0 ? Integer.MAX_VALUE : limit);
                return all(p);
            }
        });
    }

    @Override
    public Optional<ReviewItem> get(long id) {
        return db.read(c -> byId(c, id));
    }

    /** A moderator who already holds a claimed item gets it back first, so an interrupted session loses nothing. */
    @Override
    public Optional<ReviewItem> claimNext(String moderator) {
        requireName(moderator);
        return db.write(c -> {
            Optional<ReviewItem> held = one(c, "SELECT " + COLUMNS + " FROM review_items WHERE status = 'claimed' AND claimed_by = ? ORDER BY id LIMIT 1", moderator);
            if (held.isPresent()) return held;
            Optional<ReviewItem> next = one(c, "SELECT " + COLUMNS + " FROM review_items WHERE status = 'open' ORDER BY score DESC, id LIMIT 1", null);
            if (next.isEmpty()) return next;
            try (PreparedStatement p = c.prepareStatement("UPDATE review_items SET status = 'claimed', claimed_by = ? WHERE id = ? AND status = 'open'")) {
                p.setString(1, moderator);
                p.setLong(2, next.get().id());
                p.executeUpdate();
            }
            return byId(c, next.get().id());
        });
    }

    @Override
    public ReviewItem resolve(long id, String moderator, String verdict, String note) {
        requireName(moderator);
        if (!VERDICTS.contains(verdict)) throw new IllegalArgumentException("verdict must be takedown or allow, not '" + verdict + "'");
        return db.write(c -> {
            ReviewItem item = byId(c, id).orElseThrow(() -> new IllegalArgumentException("no review item " + id));
            switch (item.status()) {
                case "resolved" -> throw new IllegalStateException("review item " + id + " is already resolved (" + item.verdict() + " by " + item.claimedBy() + ")");
                case "withdrawn" -> throw new IllegalStateException("review item " + id + " was withdrawn: a later scan no longer flags the listing");
                case "claimed" -> {
                    if (!moderator.equals(item.claimedBy())) {
                        throw new IllegalStateException("review item " + id + " is claimed by " + item.claimedBy());
                    }
                }
                default -> { }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE review_items SET status = 'resolved', claimed_by = ?, verdict = ?, note = ?, resolved_at = ? WHERE id = ?")) {
                p.setString(1, moderator);
                p.setString(2, verdict);
                p.setString(3, note);
                p.setString(4, Sql.time(clock.instant()));
                p.setLong(5, id);
                p.executeUpdate();
            }
            return byId(c, id).orElseThrow();
        });
    }

    private static void requireName(String moderator) {
        if (moderator == null || moderator.isBlank()) throw new IllegalArgumentException("a moderator name is required");
    }

    private static Optional<ReviewItem> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM review_items WHERE id = ?")) {
            p.setLong(1, id);
            return all(p).stream().findFirst();
        }
    }

    private static Optional<ReviewItem> one(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) p.setString(1, param);
            return all(p).stream().findFirst();
        }
    }

    private static List<ReviewItem> all(PreparedStatement p) throws SQLException {
        List<ReviewItem> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new ReviewItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), Sql.instant(rs.getString(10)),
                        Sql.instant(rs.getString(11))));
            }
        }
        return out;
    }
}
