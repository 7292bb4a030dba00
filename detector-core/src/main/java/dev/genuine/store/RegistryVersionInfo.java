package dev.genuine.store;

import java.time.Instant;
import java.util.List;

/** One registry version's header: when it was made and which rights holders it changed. */
public record RegistryVersionInfo(int version, Instant createdAt, List<String> changedHolders) {
    public RegistryVersionInfo {
        changedHolders = List.copyOf(changedHolders);
    }
}
