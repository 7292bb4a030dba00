package dev.genuine.store.sqlite;

import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.EnforcementStore;
import dev.genuine.store.Strike;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Strikes and suspensions in SQLite; a listing holds at most one standing strike against its merchant. */
final class SqliteEnforcementStore implements EnforcementStore {
    private final SqliteDatabase db;
    private final Clock clock;

    SqliteEnforcementStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** {@code strikes} counts the standing (not withdrawn) strikes. */
    @Override
    public MerchantHistory history(String merchantId) {
        return db.read(c -> history(c, merchantId));
    }

    /** A listing that already holds a standing strike earns no second one (a rescan repeating a takedown). */
    @Override
    public MerchantHistory addStrike(String merchantId, String listingId, String reason) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO strikes (merchant_id, listing_id, reason, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (merchant_id, listing_id) WHERE withdrawn_at IS NULL DO NOTHING""")) {
                p.setString(1, merchantId);
                p.setString(2, listingId);
                p.setString(3, reason == null ? "" : reason);
                p.setString(4, Sql.time(clock.instant()));
                p.executeUpdate();
            }
            return history(c, merchantId);
        });
    }

    @Override
    public MerchantHistory withdrawStrike(String merchantId, String listingId) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE strikes SET withdrawn_at = ? WHERE merchant_id = ? AND listing_id = ? AND withdrawn_at IS NULL")) {
                p.setString(1, Sql.time(clock.instant()));
                p.setString(2, merchantId);
                p.setString(3, listingId);
                p.executeUpdate();
            }
            return history(c, merchantId);
        });
    }

    @Override
    public List<Strike> strikes(String merchantId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, merchant_id, listing_id, reason, created_at, withdrawn_at FROM strikes WHERE merchant_id = ? ORDER BY id")) {
                p.setString(1, merchantId);
                List<Strike> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Strike(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Sql.instant(rs.getString(5)), Sql.instant(rs.getString(6))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void setSuspended(String merchantId, boolean suspended, String reason) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO suspensions (merchant_id, suspended, reason, changed_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (merchant_id) DO UPDATE SET suspended = excluded.suspended, reason = excluded.reason,
                        changed_at = excluded.changed_at""")) {
                p.setString(1, merchantId);
                p.setInt(2, suspended ? 1 : 0);
                p.setString(3, reason);
                p.setString(4, Sql.time(clock.instant()));
                p.executeUpdate();
            }
            return null;
        });
    }

    private static MerchantHistory history(Connection c, String merchantId) throws SQLException {
        int strikes;
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM strikes WHERE merchant_id = ? AND withdrawn_at IS NULL")) {
            p.setString(1, merchantId);
            try (ResultSet rs = p.executeQuery()) {
                strikes = rs.next() ? rs.getInt(1) : 0;
            }
        }
        boolean suspended;
        try (PreparedStatement p = c.prepareStatement("SELECT suspended FROM suspensions WHERE merchant_id = ?")) {
            p.setString(1, merchantId);
            try (ResultSet rs = p.executeQuery()) {
                suspended = rs.next() && rs.getInt(1) == 1;
            }
        }
        return new MerchantHistory(merchantId, strikes, suspended);
    }
}
