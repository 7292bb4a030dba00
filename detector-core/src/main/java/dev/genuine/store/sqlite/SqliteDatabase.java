package dev.genuine.store.sqlite;

import dev.genuine.store.StoreException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one SQLite connection every store shares: opened in WAL mode with foreign keys and a busy timeout,
 * migrated to the newest schema, and used under a lock so that one thread at a time reads or writes. Writes run
 * in a transaction; a write inside another joins it.
 */
public final class SqliteDatabase implements AutoCloseable {
    /** What a store does with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection connection;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    private SqliteDatabase(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    public static SqliteDatabase open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // IMMEDIATE takes the write lock at BEGIN, so two processes (two moderators claiming) queue on the busy
        // timeout instead of failing when a read turns into a write.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            SqliteDatabase db = new SqliteDatabase(c, file);
            db.write(conn -> {
                Migrations.apply(conn, "sqlite");
                return null;
            });
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs work outside any transaction of its own (it sees the surrounding one, if any). */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            if (depth > 0) return nested(work);
            depth = 1;
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                depth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T nested(Work<T> work) throws SQLException {
        depth++;
        try {
            return work.run(connection);
        } finally {
            depth--;
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("database " + file + ": " + e.getMessage(), e);
    }
}
