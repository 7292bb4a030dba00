package dev.genuine.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Small JDBC helpers the stores share: counts, timestamps as ISO-8601 text, generated ids. */
final class Sql {
    private Sql() {}

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    /** Executes an INSERT and returns the row id SQLite gave it. */
    static long insert(Connection c, PreparedStatement p) throws SQLException {
        p.executeUpdate();
        return count(c, "SELECT last_insert_rowid()");
    }
}
