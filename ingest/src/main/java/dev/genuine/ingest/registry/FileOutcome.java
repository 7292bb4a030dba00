package dev.genuine.ingest.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a registry import (or check) did with one file: imported it, or refused it as invalid or conflicting, and why. */
public record FileOutcome(Path file, Status status, String rightsHolderId, List<String> messages) {
    /** The fate of one file; {@code VALID} is a file that a check (not an import) found importable. */
    public enum Status { IMPORTED, VALID, INVALID, CONFLICT }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
    }

    /** Imported, or (for a check) importable. */
    public boolean ok() {
        return status == Status.IMPORTED || status == Status.VALID;
    }
}
