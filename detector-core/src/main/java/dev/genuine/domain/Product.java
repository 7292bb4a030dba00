package dev.genuine.domain;

import java.util.List;
import java.util.Objects;

/** A rights holder's official product: its MSRP anchors the price signal, its photos the photo signal. */
public record Product(String id, String rightsHolderId, String brand, String name, String category,
                      Money msrp, List<StoredImage> images) {
    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rightsHolderId, "rightsHolderId");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(name, "name");
        images = List.copyOf(images == null ? List.of() : images);
    }

    /** True when a listing filed under {@code listingCategory} is filed where this product is (case aside). */
    public boolean isIn(String listingCategory) {
        return category != null && !category.isBlank() && category.equalsIgnoreCase(listingCategory);
    }
}
