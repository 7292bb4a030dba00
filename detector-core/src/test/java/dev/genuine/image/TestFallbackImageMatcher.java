package dev.genuine.image;

import dev.genuine.domain.Listing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestFallbackImageMatcher {
    private static final Listing LISTING = new Listing("L-9", "m-9", "a kettle", "", null, "home", List.of(), List.of(),
            Instant.EPOCH, List.of());

    private static ImageMatch match(ImageMatchKind kind, String holder, String reference, String method, double strength) {
        return new ImageMatch(kind, holder, "Brand " + holder, reference, "listing-sha", "registry-sha", method,
                strength, Map.of());
    }

    /** A fallback that counts its calls and returns {@code found}. */
    private record Counting(AtomicInteger calls, List<ImageMatch> found) implements ListingImageMatcher {
        Counting(List<ImageMatch> found) {
            this(new AtomicInteger(), found);
        }

        @Override
        public List<ImageMatch> match(Listing listing) {
            calls.incrementAndGet();
            return found;
        }
    }

    @Test
    void aProductPhotoFoundByThePrimaryMeansTheFallbackNeverRuns() {
        ImageMatch photo = match(ImageMatchKind.PRODUCT_PHOTO, "rh-a", "p-1", "pdq", 0.9);
        Counting fallback = new Counting(List.of(match(ImageMatchKind.PRODUCT_PHOTO, "rh-b", "p-2", "embedding", 0.95)));

        assertEquals(List.of(photo), new FallbackImageMatcher(l -> List.of(photo), fallback).match(LISTING));
        assertEquals(0, fallback.calls().get());
    }

    @Test
    void withNoProductPhotoTheFallbackRunsAndIsMergedStrongestFirst() {
        ImageMatch logo = match(ImageMatchKind.LOGO, "rh-a", "m-1", "sift", 0.7);
        ImageMatch embedded = match(ImageMatchKind.PRODUCT_PHOTO, "rh-b", "p-2", "embedding", 0.8);
        ImageMatch weakerLogo = match(ImageMatchKind.LOGO, "rh-a", "m-1", "embedding", 0.6);
        Counting fallback = new Counting(List.of(weakerLogo, embedded));

        assertEquals(List.of(embedded, logo), new FallbackImageMatcher(l -> List.of(logo), fallback).match(LISTING));
        assertEquals(1, fallback.calls().get());
    }

    @Test
    void aListingWithNoMatchAtAllGetsTheFallbacksMatches() {
        ImageMatch embedded = match(ImageMatchKind.PRODUCT_PHOTO, "rh-b", "p-2", "embedding", 0.6);
        assertEquals(List.of(embedded), new FallbackImageMatcher(l -> List.of(), new Counting(List.of(embedded))).match(LISTING));
        assertEquals(List.of(), new FallbackImageMatcher(l -> List.of(), new Counting(List.of())).match(LISTING));
    }

    @Test
    void aFailingFallbackIsReportedAndThePrimarysMatchesKept() {
        ImageMatch logo = match(ImageMatchKind.LOGO, "rh-a", "m-1", "sift", 0.7);
        List<String> reported = new ArrayList<>();
        var matcher = new FallbackImageMatcher(l -> List.of(logo), l -> {
            throw new IllegalStateException("model unavailable");
        }, (listing, failure) -> reported.add(listing.id() + ": " + failure.getMessage()));

        assertEquals(List.of(logo), matcher.match(LISTING));
        assertEquals(List.of("L-9: model unavailable"), reported);
    }

    @Test
    void aFailingPrimaryIsReportedAndTheFallbacksMatchesKept() {
        ImageMatch embedded = match(ImageMatchKind.PRODUCT_PHOTO, "rh-b", "p-2", "embedding", 0.6);
        List<String> reported = new ArrayList<>();
        var matcher = new FallbackImageMatcher(l -> {
            throw new IllegalStateException("feature index unavailable");
        }, new Counting(List.of(embedded)), (listing, failure) -> reported.add(failure.getMessage()));

        assertEquals(List.of(embedded), matcher.match(LISTING));
        assertEquals(List.of("feature index unavailable"), reported);
    }

    @Test
    void whenBothFailThePrimarysFailureIsThrownWithTheFallbacksSuppressed() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        var matcher = new FallbackImageMatcher(l -> {
            throw first;
        }, l -> {
            throw second;
        });

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> matcher.match(LISTING));
        assertSame(first, thrown);
        assertEquals(List.of(second), List.of(thrown.getSuppressed()));
    }
}
