package dev.genuine.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a database to the newest schema: numbered SQL resources {@code migrations/<dialect>/V1.sql},
 * {@code V2.sql}, ... are applied in order, each once, and recorded in {@code schema_version}. Another backend
 * is another dialect folder of migrations.
 */
final class Migrations {
    private static final String ROOT = "/dev/genuine/store/migrations/";

    private Migrations() {}

    static void apply(Connection c, String dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        for (int v = currentVersion(c) + 1; ; v++) {
            String sql = resource(dialect, v);
            if (sql == null) return;
            try (Statement s = c.createStatement()) {
                for (String statement : statements(sql)) s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                p.setInt(1, v);
                p.setString(2, Instant.now().toString());
                p.executeUpdate();
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String resource(String dialect, int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(ROOT + dialect + "/V" + version + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration V" + version, e);
        }
    }

    /** Splits a script at the semicolons that end statements, keeping trigger bodies (BEGIN ... END;) whole. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String line : sql.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            String upper = code.trim().toUpperCase(Locale.ROOT);
            if (upper.isEmpty()) continue;
            current.append(code).append('\n');
            if (upper.endsWith("BEGIN")) depth++;
            if (upper.equals("END;")) depth--;
            if (depth == 0 && upper.endsWith(";")) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().trim());
        return out;
    }
}
