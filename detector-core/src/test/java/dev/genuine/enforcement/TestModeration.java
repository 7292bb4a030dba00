package dev.genuine.enforcement;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.policy.DecisionKind;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.ReviewItem;
import dev.genuine.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestModeration {
    @TempDir
    Path home;
    private final Seed.MovableClock clock = new Seed.MovableClock();
    private SqliteStore store;
    private Moderation moderation;

    @BeforeEach
    void open() {
        store = SqliteStore.open(home, clock);
        moderation = new Moderation(store, StrikePolicy.DEFAULT, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReviewDecisionQueuesTheListingOnceAndAnAllowWithdrawsIt() {
        EvidenceRecord first = Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        EvidenceRecord again = Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.7);
        List<ReviewItem> open = store.reviewQueue().list("open", 10);
        assertEquals(1, open.size());
        assertEquals(again.seq(), open.get(0).evidenceSeq());
        assertTrue(again.seq() > first.seq());
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.ALLOW, 0.1);
        assertTrue(store.reviewQueue().list("open", 10).isEmpty());
        assertEquals("withdrawn", store.reviewQueue().list(null, 10).get(0).status());
    }

    @Test
    void aTakedownVerdictResolvesRecordsAndStrikes() {
        EvidenceRecord decision = Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        ReviewItem claimed = store.reviewQueue().claimNext("ana").orElseThrow();
        VerdictOutcome out = moderation.decide(claimed.id(), "ana", Verdict.TAKEDOWN, "logo copied");
        assertEquals("resolved", out.item().status());
        assertEquals(EvidenceTypes.MODERATOR_VERDICT, out.record().type());
        assertEquals(decision.seq(), out.record().body().get("decisionSeq").asLong());
        assertEquals("ana", out.record().body().get("moderator").asText());
        assertEquals("logo copied", out.record().body().get("note").asText());
        assertEquals(new MerchantHistory("m-1", 1, false), out.merchant());
        assertEquals(DecisionKind.TAKEDOWN, store.decisions().latest("L-1").orElseThrow().kind());
        assertEquals(Moderation.MODERATOR, store.decisions().latest("L-1").orElseThrow().scorer());
        assertTrue(store.evidence().verify().intact());
    }

    @Test
    void anotherModeratorCannotDecideAClaimedItem() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        long id = store.reviewQueue().claimNext("ana").orElseThrow().id();
        assertThrows(IllegalStateException.class, () -> moderation.decide(id, "budi", Verdict.ALLOW, null));
        assertEquals("claimed", store.reviewQueue().get(id).orElseThrow().status());
        assertEquals(1, store.evidence().forListing("L-1").size(), "a refused verdict leaves no evidence");
    }

    @Test
    void claimsHighestScoreFirstAndNeverTheSameItemTwice() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.55);
        Seed.scanned(store, moderation, "L-2", "m-2", DecisionKind.REVIEW, 0.8);
        assertEquals("L-2", store.reviewQueue().claimNext("ana").orElseThrow().listingId());
        assertEquals("L-2", store.reviewQueue().claimNext("ana").orElseThrow().listingId(), "ana resumes her claim");
        assertEquals("L-1", store.reviewQueue().claimNext("budi").orElseThrow().listingId());
        assertTrue(store.reviewQueue().claimNext("citra").isEmpty());
    }

    @Test
    void suspendsAtTheThresholdWithinTheWindowOnly() {
        Moderation strict = new Moderation(store, new StrikePolicy(3, Duration.ofDays(30)), clock);
        Seed.scanned(store, strict, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        clock.now = clock.now.plus(Duration.ofDays(40));
        Seed.scanned(store, strict, "L-2", "m-1", DecisionKind.TAKEDOWN, 0.95);
        Seed.scanned(store, strict, "L-3", "m-1", DecisionKind.TAKEDOWN, 0.95);
        assertEquals(new MerchantHistory("m-1", 3, false), store.enforcement().history("m-1"),
                "three standing strikes, but the first fell out of the 30-day window");
        Seed.scanned(store, strict, "L-4", "m-1", DecisionKind.TAKEDOWN, 0.95);
        assertTrue(store.enforcement().history("m-1").suspended());
        List<EvidenceRecord> suspended = store.evidence().forListing("L-4").stream()
                .filter(r -> r.type().equals(EvidenceTypes.MERCHANT_SUSPENDED)).toList();
        assertEquals(1, suspended.size());
        assertEquals(3, suspended.get(0).body().get("strikesInWindow").asInt());
    }

    @Test
    void aRepeatedTakedownOfOneListingIsOneStrike() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.96);
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.97);
        assertEquals(1, store.enforcement().history("m-1").strikes());
        assertFalse(store.enforcement().history("m-1").suspended());
    }
}
