package dev.genuine.store;

import dev.genuine.store.sqlite.SqliteStore;

import java.nio.file.Path;

/** The one place that picks the storage backend for a home folder: the embedded SQLite store. */
public final class Stores {
    private Stores() {}

    /** Opens the store in {@code home}, creating the folder and the database on first use. The caller closes it. */
    public static GenuineStore open(Path home) {
        return SqliteStore.open(home);
    }
}
