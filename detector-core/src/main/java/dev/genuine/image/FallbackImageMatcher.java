package dev.genuine.image;

import dev.genuine.domain.Listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs a costly matcher only on listings the cheaper one left undecided: when the primary matcher (e.g. PDQ
 * then local features) finds an official product photo, its matches stand alone; otherwise the fallback (e.g. a
 * learned embedding) runs too and both are merged, the strongest match per kind, rights holder and reference
 * kept, strongest first. Thread-safe when both matchers are.
 *
 * <p>Failures are handled as in {@link CompositeImageMatcher}: one matcher's failure goes to the failure handler
 * and the other's matches are returned; only when both fail is the primary's failure thrown, the fallback's
 * added as suppressed.
 */
public final class FallbackImageMatcher implements ListingImageMatcher {
    private final ListingImageMatcher primary;
    private final ListingImageMatcher fallback;
    private final BiConsumer<Listing, RuntimeException> onFailure;

    public FallbackImageMatcher(ListingImageMatcher primary, ListingImageMatcher fallback,
                                BiConsumer<Listing, RuntimeException> onFailure) {
        this.primary = primary;
        this.fallback = fallback;
        this.onFailure = onFailure;
    }

    /** A single matcher's failure is dropped, the other's matches kept. */
    public FallbackImageMatcher(ListingImageMatcher primary, ListingImageMatcher fallback) {
        this(primary, fallback, (listing, failure) -> { });
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        List<ImageMatch> first;
        try {
            first = primary.match(listing);
        } catch (RuntimeException primaryFailure) {
            List<ImageMatch> second;
            try {
                second = fallback.match(listing);
            } catch (RuntimeException fallbackFailure) {
                primaryFailure.addSuppressed(fallbackFailure);
                throw primaryFailure;
            }
            onFailure.accept(listing, primaryFailure);
            return second;
        }
        if (first.stream().anyMatch(m -> m.kind() == ImageMatchKind.PRODUCT_PHOTO)) return first;
        List<ImageMatch> second;
        try {
            second = fallback.match(listing);
        } catch (RuntimeException fallbackFailure) {
            onFailure.accept(listing, fallbackFailure);
            return first;
        }
        return second.isEmpty() ? first : merged(first, second);
    }

    private static List<ImageMatch> merged(List<ImageMatch> first, List<ImageMatch> second) {
        Map<String, ImageMatch> best = new LinkedHashMap<>();
        for (List<ImageMatch> found : List.of(first, second)) {
            for (ImageMatch m : found) {
                String key = m.kind() + "\u0000" + m.rightsHolderId() + "\u0000" + m.referenceId();
                best.merge(key, m, (kept, next) -> next.strength() > kept.strength() ? next : kept);
            }
        }
        List<ImageMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(ImageMatch::strength).reversed());
        return out;
    }
}
