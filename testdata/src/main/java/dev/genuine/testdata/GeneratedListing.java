package dev.genuine.testdata;

import java.util.List;
import java.util.Objects;

/** A listing of the generated feed, field for field as in the contract's listing format. */
public record GeneratedListing(String id, String merchantId, String title, String description, long priceAmount,
                               String currency, String category, List<String> images, List<String> reviews,
                               String updatedAt) {
    public GeneratedListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(updatedAt, "updatedAt");
        images = List.copyOf(images);
        reviews = List.copyOf(reviews);
        if (priceAmount <= 0) {
            throw new IllegalArgumentException(id + ": price must be positive");
        }
        for (String text : reviews) {
            if (text.contains("|")) {
                throw new IllegalArgumentException(id + ": a review may not contain '|', the CSV joiner");
            }
        }
    }
}
