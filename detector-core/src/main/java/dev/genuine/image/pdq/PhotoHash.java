package dev.genuine.image.pdq;

import java.util.Objects;

/** What a registry product photo's hash is stored with in the index: whose photo, which image, which variant. */
record PhotoHash(String productId, String rightsHolderId, String brand, String registrySha256, Dihedral variant) {
    PhotoHash {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(rightsHolderId, "rightsHolderId");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(registrySha256, "registrySha256");
        Objects.requireNonNull(variant, "variant");
    }
}
