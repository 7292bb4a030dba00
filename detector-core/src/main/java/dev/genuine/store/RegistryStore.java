package dev.genuine.store;

import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;

import java.util.List;
import java.util.Optional;

/** Versioned storage of the registry: every import makes a new immutable version. */
public interface RegistryStore {
    /** The newest version ({@link Registry#empty()} before any import). */
    Registry current();

    Optional<Registry> version(int version);

    List<RegistryVersionInfo> versions();

    /** A new version: the given holders' entries replace theirs, other holders' stay as they were. */
    Registry commit(List<RightsHolderEntry> entries);
}
