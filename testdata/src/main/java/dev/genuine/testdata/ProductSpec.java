package dev.genuine.testdata;

import java.util.Objects;

/**
 * One official product of a fictional brand: its registry id, full name, category, Indonesian noun for
 * titles ("Sepatu lari"), MSRP in IDR, the shape it is drawn as and how many official photos it has.
 */
public record ProductSpec(String id, String name, String category, String noun, long msrp, ProductShape shape,
                          int photos) {
    public ProductSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(shape, "shape");
        if (msrp <= 0) {
            throw new IllegalArgumentException("msrp must be positive: " + id);
        }
        if (photos < 1 || photos > 2) {
            throw new IllegalArgumentException("a product has 1 or 2 photos: " + id);
        }
    }

    /** The product name without the brand in front ("Runner 2" for "Aurelia Runner 2"). */
    public String model(String brandName) {
        return name.startsWith(brandName + " ") ? name.substring(brandName.length() + 1) : name;
    }
}
