package dev.genuine.domain;

import java.util.Objects;

/**
 * An image as genuine keeps it: where it came from and, once read, its SHA-256 in the image store.
 * {@code sha256} is null and {@code failure} says why when the image could not be read.
 */
public record StoredImage(String source, String sha256, String failure) {
    public StoredImage {
        Objects.requireNonNull(source, "source");
        if ((sha256 == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of sha256 and failure must be set for " + source);
        }
    }

    public static StoredImage stored(String source, String sha256) {
        return new StoredImage(source, sha256, null);
    }

    public static StoredImage failed(String source, String failure) {
        return new StoredImage(source, null, failure);
    }

    public boolean isStored() {
        return sha256 != null;
    }
}
