package dev.genuine.domain;

import java.util.Objects;

/** The owner of marks and products who submits a registry file. */
public record RightsHolder(String id, String name, String contact) {
    public RightsHolder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
