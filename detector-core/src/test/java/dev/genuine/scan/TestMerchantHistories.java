package dev.genuine.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestMerchantHistories {
    @TempDir
    Path home;

    @Test
    void aListingIsScoredWithItsMerchantsStandingStrikesLessTheOneItEarnedItself() {
        try (GenuineStore store = Stores.open(home)) {
            store.enforcement().addStrike("m-1", "L-1", "takedown");
            store.enforcement().addStrike("m-1", "L-2", "takedown");
            store.enforcement().addStrike("m-1", "L-3", "takedown");
            store.enforcement().withdrawStrike("m-1", "L-3");
            Listing struckBefore = listing("L-1", "m-1"), fresh = listing("L-4", "m-1"), withdrawn = listing("L-3", "m-1");
            Listing otherMerchant = listing("L-5", "m-2");

            MerchantHistories histories = new MerchantHistories(store.enforcement(), List.of(struckBefore, fresh, withdrawn, otherMerchant));

            assertEquals(1, histories.apply(struckBefore).strikes(), "L-2's strike, not its own");
            assertEquals(2, histories.apply(fresh).strikes());
            assertEquals(2, histories.apply(withdrawn).strikes(), "its own strike was withdrawn on appeal and counts for nobody");
            assertEquals(MerchantHistory.clean("m-2"), histories.apply(otherMerchant));
        }
    }

    private static Listing listing(String id, String merchant) {
        return new Listing(id, merchant, "Sepatu lari", "", new Money(100_000, "IDR"), "shoes", List.of(), List.of(),
                Instant.parse("2026-11-20T10:00:00Z"), List.of());
    }
}
