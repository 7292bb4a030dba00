package dev.genuine.image;

import dev.genuine.domain.Listing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestCompositeImageMatcher {
    private static final Listing LISTING = new Listing("L-7", "m-7", "a lamp", "", null, "home", List.of(), List.of(),
            Instant.EPOCH, List.of());

    private static ImageMatch match(ImageMatchKind kind, String holder, String reference, String method, double strength) {
        return new ImageMatch(kind, holder, "Brand " + holder, reference, "listing-sha", "registry-sha", method,
                strength, Map.of());
    }

    @Test
    void keepsTheStrongestMatchPerKindHolderAndReferenceStrongestFirst() {
        ImageMatch pdqPhoto = match(ImageMatchKind.PRODUCT_PHOTO, "rh-a", "p-1", "pdq", 0.9);
        ImageMatch siftPhoto = match(ImageMatchKind.PRODUCT_PHOTO, "rh-a", "p-1", "sift", 0.6);
        ImageMatch siftLogo = match(ImageMatchKind.LOGO, "rh-a", "p-1", "sift", 0.95);
        ImageMatch otherPhoto = match(ImageMatchKind.PRODUCT_PHOTO, "rh-b", "p-1", "sift", 0.5);
        ImageMatch strongerLater = match(ImageMatchKind.PRODUCT_PHOTO, "rh-c", "p-3", "sift", 0.8);
        ImageMatch weakerFirst = match(ImageMatchKind.PRODUCT_PHOTO, "rh-c", "p-3", "pdq", 0.7);
        var composite = new CompositeImageMatcher(List.of(
                l -> List.of(pdqPhoto, weakerFirst),
                l -> List.of(otherPhoto, siftPhoto, siftLogo, strongerLater)));

        assertEquals(List.of(siftLogo, pdqPhoto, strongerLater, otherPhoto), composite.match(LISTING));
    }

    @Test
    void aFailingMatcherIsReportedAndTheOthersMatchesKept() {
        ImageMatch found = match(ImageMatchKind.LOGO, "rh-a", "m-1", "sift", 0.7);
        List<String> reported = new ArrayList<>();
        var composite = new CompositeImageMatcher(List.of(
                l -> {
                    throw new IllegalStateException("hash index unavailable");
                },
                l -> List.of(found)),
                (listing, failure) -> reported.add(listing.id() + ": " + failure.getMessage()));

        assertEquals(List.of(found), composite.match(LISTING));
        assertEquals(List.of("L-7: hash index unavailable"), reported);
    }

    @Test
    void whenEveryMatcherFailsTheFirstFailureIsThrownWithTheOthersSuppressed() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        var composite = new CompositeImageMatcher(List.of(l -> {
            throw first;
        }, l -> {
            throw second;
        }));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> composite.match(LISTING));
        assertSame(first, thrown);
        assertEquals(List.of(second), List.of(thrown.getSuppressed()));
    }

    @Test
    void needsAtLeastOneMatcher() {
        assertThrows(IllegalArgumentException.class, () -> new CompositeImageMatcher(List.of()));
    }
}
