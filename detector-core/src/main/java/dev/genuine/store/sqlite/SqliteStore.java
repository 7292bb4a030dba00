package dev.genuine.store.sqlite;

import dev.genuine.evidence.EvidenceLog;
import dev.genuine.store.AppealStore;
import dev.genuine.store.DecisionStore;
import dev.genuine.store.EnforcementStore;
import dev.genuine.store.FileImageStore;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.ImageStore;
import dev.genuine.store.ListingStore;
import dev.genuine.store.RegistryStore;
import dev.genuine.store.ReviewQueue;
import dev.genuine.store.ScanStateStore;
import dev.genuine.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * genuine's embedded store: {@code genuine.db} (SQLite, WAL) and the {@code images} folder inside a home folder.
 * Every store shares one connection, so {@link #inTransaction} spans them all.
 */
public final class SqliteStore implements GenuineStore {
    public static final String DATABASE_FILE = "genuine.db";

    private final SqliteDatabase db;
    private final RegistryStore registry;
    private final ListingStore listings;
    private final DecisionStore decisions;
    private final EvidenceLog evidence;
    private final ReviewQueue reviewQueue;
    private final AppealStore appeals;
    private final EnforcementStore enforcement;
    private final ScanStateStore scanState;
    private final ImageStore images;

    private SqliteStore(SqliteDatabase db, ImageStore images, Clock clock) {
        this.db = db;
        this.registry = new SqliteRegistryStore(db, clock);
        this.listings = new SqliteListingStore(db);
        this.decisions = new SqliteDecisionStore(db);
        this.evidence = new SqliteEvidenceLog(db, clock);
        this.reviewQueue = new SqliteReviewQueue(db, clock);
        this.appeals = new SqliteAppealStore(db, clock);
        this.enforcement = new SqliteEnforcementStore(db, clock);
        this.scanState = new SqliteScanState(db, clock);
        this.images = images;
    }

    /** Opens (creating it and its parents if needed) the store in a home folder, migrated to the newest schema. */
    public static SqliteStore open(Path home, Clock clock) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StoreException("cannot create the home folder " + home + ": " + e.getMessage(), e);
        }
        // Stored times to the millisecond: finer digits only make records harder to read.
        Clock millis = Clock.tick(clock, Duration.ofMillis(1));
        return new SqliteStore(SqliteDatabase.open(home.resolve(DATABASE_FILE)), new FileImageStore(home.resolve("images")), millis);
    }

    public static SqliteStore open(Path home) {
        return open(home, Clock.systemUTC());
    }

    /** The database underneath, for tools and tests that need SQL (schema version, direct inspection). */
    public SqliteDatabase database() {
        return db;
    }

    @Override
    public RegistryStore registry() {
        return registry;
    }

    @Override
    public ListingStore listings() {
        return listings;
    }

    @Override
    public DecisionStore decisions() {
        return decisions;
    }

    @Override
    public EvidenceLog evidence() {
        return evidence;
    }

    @Override
    public ReviewQueue reviewQueue() {
        return reviewQueue;
    }

    @Override
    public AppealStore appeals() {
        return appeals;
    }

    @Override
    public EnforcementStore enforcement() {
        return enforcement;
    }

    @Override
    public ScanStateStore scanState() {
        return scanState;
    }

    @Override
    public ImageStore images() {
        return images;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    @Override
    public void close() {
        db.close();
    }
}
