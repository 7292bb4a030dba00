package dev.genuine.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSqliteDatabase {
    @TempDir
    Path tmp;

    @Test
    void createsTheHomeAndMigratesOnce() {
        Path home = tmp.resolve("a/b/home");
        try (SqliteStore s = SqliteStore.open(home)) {
            assertTrue(Files.isRegularFile(home.resolve(SqliteStore.DATABASE_FILE)));
            assertEquals(2, s.database().schemaVersion());
        }
        try (SqliteStore s = SqliteStore.open(home)) {
            assertEquals(2L, (long) s.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM schema_version")));
            String mode = s.database().read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("wal", mode);
            assertEquals(1L, (long) s.database().read(c -> Sql.count(c, "PRAGMA foreign_keys")));
        }
    }

    @Test
    void rollsBackAFailedWriteAndJoinsNestedOnes() {
        try (SqliteStore s = SqliteStore.open(tmp)) {
            SqliteDatabase db = s.database();
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                s.scanState().recordScan(3, "x", 1);
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, s.scanState().lastScannedRegistryVersion());
            s.inTransaction(() -> {
                s.scanState().recordScan(4, "x", 1);
                return null;
            });
            assertEquals(4, s.scanState().lastScannedRegistryVersion());
        }
    }

    @Test
    void keepsTriggerBodiesWholeWhenSplittingScripts() {
        List<String> parts = Migrations.statements("""
                CREATE TABLE t (a TEXT); -- a comment; with a semicolon
                CREATE TRIGGER t_no BEFORE UPDATE ON t
                BEGIN
                    SELECT RAISE(ABORT, 'no');
                END;
                CREATE INDEX t_a ON t (a);
                """);
        assertEquals(3, parts.size());
        assertTrue(parts.get(1).startsWith("CREATE TRIGGER") && parts.get(1).endsWith("END;"));
    }

    @Test
    void appliesNumberedMigrationsInOrderAndOnlyOnce() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("m.db"))) {
            Migrations.apply(c, "test");
            Migrations.apply(c, "test");
            assertEquals(2, Migrations.currentVersion(c));
            assertEquals(1L, Sql.count(c, "SELECT COUNT(*) FROM a WHERE y = 2"));
        }
    }
}
