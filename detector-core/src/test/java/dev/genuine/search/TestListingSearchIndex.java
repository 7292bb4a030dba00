package dev.genuine.search;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestListingSearchIndex {
    private static Listing listing(String id, String merchant, String title, String description) {
        return new Listing(id, merchant, title, description, new Money(1, "IDR"), null, List.of(), List.of("mantap"), null, List.of());
    }

    @Test
    void findsListingsByNormalizedWordsAndReplacesResentOnes(@TempDir Path home) {
        try (ListingSearchIndex index = ListingSearchIndex.open(home)) {
            index.index(List.of(listing("L-1", "m-1", "Sepatu \u0410urelia KW", "murah"),
                    listing("L-2", "m-2", "Tas kulit", "bukan Aurelia"),
                    listing("L-3", "m-3", "Kaos polos", "katun")));
            assertEquals(List.of("L-1", "L-2"), index.search("aurelia", null, 10).stream().map(ListingSearchIndex.Hit::listingId).sorted().toList());
            assertEquals(List.of("L-1"), index.search("AURELIA kw", null, 10).stream().map(ListingSearchIndex.Hit::listingId).toList());
            assertEquals(List.of("L-2"), index.search("aurelia", "m-2", 10).stream().map(ListingSearchIndex.Hit::listingId).toList());
            index.index(List.of(listing("L-1", "m-1", "Sepatu lari", "murah")));
            assertEquals(3, index.size());
            assertTrue(index.search("kw", null, 10).isEmpty(), "the re-sent listing replaced the old document");
            assertTrue(index.search("   ", null, 10).isEmpty());
        }
        try (ListingSearchIndex reopened = ListingSearchIndex.open(home)) {
            assertEquals(3, reopened.size(), "the index lives in the home folder");
        }
    }
}
