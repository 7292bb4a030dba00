/**
 * The embedded SQLite store: {@code genuine.db} in the home folder, WAL mode, one connection shared by every
 * store under a lock, writes in IMMEDIATE transactions, the schema brought up to date by the numbered scripts in
 * {@code dev/genuine/store/migrations/sqlite}. Records are kept as JSON beside the columns queries need; lists are
 * paged by key, never by OFFSET. A PostgreSQL store would be another package with its own migrations folder.
 */
package dev.genuine.store.sqlite;
