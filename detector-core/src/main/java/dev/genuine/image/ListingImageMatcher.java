package dev.genuine.image;

import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/** Matches a listing's stored images against the registry's photos and logos. Thread-safe. */
public interface ListingImageMatcher {
    /** Matches found, strongest first; empty when the listing has no readable image. */
    List<ImageMatch> match(Listing listing);

    /** A matcher for a registry with no images, or when image matching is turned off. */
    ListingImageMatcher NONE = listing -> List.of();

    /** The matches {@code matchImage} finds in each distinct stored image of the listing, strongest first. */
    static List<ImageMatch> eachStoredImage(Listing listing, Function<String, List<ImageMatch>> matchImage) {
        var shas = new LinkedHashSet<String>();
        for (StoredImage image : listing.storedImages()) if (image.isStored()) shas.add(image.sha256());
        List<ImageMatch> all = new ArrayList<>();
        for (String sha : shas) all.addAll(matchImage.apply(sha));
        all.sort(Comparator.comparingDouble(ImageMatch::strength).reversed());
        return all;
    }
}
