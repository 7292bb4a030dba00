package dev.genuine.image;

import dev.genuine.domain.Listing;

import java.util.List;

/** Matches a listing's stored images against the registry's photos and logos. Thread-safe. */
public interface ListingImageMatcher {
    /** Matches found, strongest first; empty when the listing has no readable image. */
    List<ImageMatch> match(Listing listing);

    /** A matcher for a registry with no images, or when image matching is turned off. */
    ListingImageMatcher NONE = listing -> List.of();
}
