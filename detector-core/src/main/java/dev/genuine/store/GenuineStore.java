package dev.genuine.store;

import dev.genuine.evidence.EvidenceLog;

import java.util.function.Supplier;

/**
 * The whole of genuine's persistent state behind narrow interfaces. The embedded default is SQLite; another
 * backend (PostgreSQL) is another implementation of this and of the interfaces it returns.
 */
public interface GenuineStore extends AutoCloseable {
    RegistryStore registry();

    ListingStore listings();

    DecisionStore decisions();

    EvidenceLog evidence();

    ReviewQueue reviewQueue();

    AppealStore appeals();

    EnforcementStore enforcement();

    ScanStateStore scanState();

    ImageStore images();

    /**
     * Runs work that spans several stores (a verdict: the queue item, an evidence record, a strike) so that it
     * happens entirely or not at all. Calls inside it join the one transaction.
     */
    default <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    void close();
}
