package dev.genuine.ingest;

import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.store.RegistryStore;
import dev.genuine.store.RegistryVersionInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link RegistryStore} for tests: each commit replaces the given holders in a new version. */
public final class MemoryRegistryStore implements RegistryStore {
    private final List<Registry> versions = new ArrayList<>();
    private final List<RegistryVersionInfo> infos = new ArrayList<>();

    @Override
    public Registry current() {
        return versions.isEmpty() ? Registry.empty() : versions.get(versions.size() - 1);
    }

    @Override
    public Optional<Registry> version(int version) {
        return versions.stream().filter(r -> r.version() == version).findFirst();
    }

    @Override
    public List<RegistryVersionInfo> versions() {
        return List.copyOf(infos);
    }

    @Override
    public Registry commit(List<RightsHolderEntry> entries) {
        Map<String, RightsHolderEntry> byId = new LinkedHashMap<>(current().byId());
        entries.forEach(e -> byId.put(e.id(), e));
        Registry next = new Registry(current().version() + 1, Instant.now(), List.copyOf(byId.values()));
        versions.add(next);
        infos.add(new RegistryVersionInfo(next.version(), next.createdAt(), entries.stream().map(RightsHolderEntry::id).toList()));
        return next;
    }
}
