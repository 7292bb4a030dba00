package dev.genuine.ingest.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a registry import did with one file: imported it, or refused it as invalid or conflicting, and why. */
public record FileOutcome(Path file, Status status, String rightsHolderId, List<String> messages) {
    /** The fate of one file. */
    public enum Status { IMPORTED, INVALID, CONFLICT }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }
}
