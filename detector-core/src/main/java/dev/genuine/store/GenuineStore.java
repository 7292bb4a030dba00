package dev.genuine.store;

import dev.genuine.evidence.EvidenceLog;

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

    @Override
    void close();
}
