package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.Strike;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPriorStrikes {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final StrikePolicy TWO_STRIKES = new StrikePolicy(2, Duration.ofDays(180));

    @Test
    void aLabelledListingCountsOnlyTheStrikesItsMerchantsEarlierCopiesEarned() {
        Listing first = listing("L-1", "m-1", 0), second = listing("L-2", "m-1", 1), third = listing("L-3", "m-1", 2);
        Listing clean = listing("L-4", "m-1", 3), otherMerchant = listing("L-5", "m-2", 4);
        PriorStrikes prior = PriorStrikes.labelled(List.of(first, second, third), TWO_STRIKES);

        assertEquals(new MerchantHistory("m-1", 0, false), prior.apply(first), "its own label is no strike before it");
        assertEquals(new MerchantHistory("m-1", 1, false), prior.apply(second));
        assertEquals(new MerchantHistory("m-1", 2, true), prior.apply(third));
        assertEquals(new MerchantHistory("m-1", 3, true), prior.apply(clean));
        assertEquals(MerchantHistory.clean("m-2"), prior.apply(otherMerchant));
    }

    @Test
    void aRecordedStrikeCountsWhileItStoodWhenTheListingWasFlagged() {
        Strike upheldLater = new Strike(1, "m-1", "L-1", "takedown", T0, T0.plus(Duration.ofDays(5)));
        Strike standing = new Strike(2, "m-1", "L-2", "takedown", T0.plus(Duration.ofDays(1)), null);
        Strike own = new Strike(3, "m-1", "L-9", "takedown", T0.plus(Duration.ofDays(2)), null);
        Strike after = new Strike(4, "m-1", "L-3", "takedown", T0.plus(Duration.ofDays(20)), null);
        Listing judged = listing("L-9", "m-1", 0);
        Map<String, Instant> flaggedAt = Map.of("L-9", T0.plus(Duration.ofDays(3)), "L-10", T0.plus(Duration.ofDays(10)));
        PriorStrikes prior = PriorStrikes.recorded(List.of(upheldLater, standing, own, after), flaggedAt, TWO_STRIKES);

        MerchantHistory atDay3 = prior.apply(judged);
        assertEquals(2, atDay3.strikes(), "the strike withdrawn on day 5 still stood on day 3; its own and day 20's did not count");
        assertTrue(atDay3.suspended());
        MerchantHistory atDay10 = prior.apply(listing("L-10", "m-1", 0));
        assertEquals(2, atDay10.strikes(), "by day 10 the first strike was withdrawn, and L-9's stands");
        assertEquals(MerchantHistory.clean("m-1"), prior.apply(listing("L-11", "m-1", 0)), "never flagged: judged with no history");
        assertFalse(PriorStrikes.recorded(List.of(), flaggedAt, TWO_STRIKES).apply(judged).suspended());
    }

    private static Listing listing(String id, String merchant, int day) {
        return new Listing(id, merchant, "title", "", new Money(100_000, "IDR"), "apparel", List.of(), List.of(),
                T0.plus(Duration.ofDays(day)), List.of());
    }
}
