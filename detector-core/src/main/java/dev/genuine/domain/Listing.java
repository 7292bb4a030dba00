package dev.genuine.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A marketplace listing as ingested: the snapshot a decision is made on. {@code images} are the feed's
 * references in order; {@code storedImages} what the image store holds for them (empty before fetching).
 */
public record Listing(String id, String merchantId, String title, String description, Money price,
                      String category, List<String> images, List<String> reviews, Instant updatedAt,
                      List<StoredImage> storedImages) {
    public Listing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        images = List.copyOf(images == null ? List.of() : images);
        reviews = List.copyOf(reviews == null ? List.of() : reviews);
        storedImages = List.copyOf(storedImages == null ? List.of() : storedImages);
    }

    public Listing withStoredImages(List<StoredImage> stored) {
        return new Listing(id, merchantId, title, description, price, category, images, reviews, updatedAt, stored);
    }
}
