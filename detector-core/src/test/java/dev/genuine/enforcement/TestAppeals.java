package dev.genuine.enforcement;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.policy.DecisionKind;
import dev.genuine.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestAppeals {
    @TempDir
    Path home;
    private final Seed.MovableClock clock = new Seed.MovableClock();
    private SqliteStore store;
    private Moderation moderation;
    private Appeals appeals;

    @BeforeEach
    void open() {
        store = SqliteStore.open(home, clock);
        moderation = new Moderation(store, StrikePolicy.DEFAULT, clock);
        appeals = new Appeals(store, StrikePolicy.DEFAULT, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyTheListingsMerchantMayAppealATakedown() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        Seed.scanned(store, moderation, "L-2", "m-1", DecisionKind.REVIEW, 0.6);
        assertThrows(IllegalArgumentException.class, () -> appeals.file("L-1", "m-2", "not mine"));
        assertThrows(IllegalStateException.class, () -> appeals.file("L-2", "m-1", "only under review"));
        assertThrows(IllegalArgumentException.class, () -> appeals.file("L-9", "m-1", "no such listing"));
        AppealOutcome filed = appeals.file("L-1", "m-1", "I am an authorized reseller");
        assertEquals(EvidenceTypes.APPEAL_FILED, filed.record().type());
        assertEquals("I am an authorized reseller", filed.record().body().get("statement").asText());
        assertThrows(IllegalStateException.class, () -> appeals.file("L-1", "m-1", "again"));
    }

    @Test
    void anUpheldAppealOverturnsTheTakedownAndLiftsTheSuspension() {
        for (String id : List.of("L-1", "L-2", "L-3")) Seed.scanned(store, moderation, id, "m-1", DecisionKind.TAKEDOWN, 0.95);
        assertTrue(store.enforcement().history("m-1").suspended());
        long appealId = appeals.file("L-2", "m-1", "the photos are my own").appeal().id();
        AppealOutcome out = appeals.decide(appealId, "ana", true, "receipts check out");
        assertEquals("upheld", out.appeal().status());
        assertEquals(2, out.merchant().strikes());
        assertFalse(out.merchant().suspended());
        assertEquals("false-positive", out.record().body().get("label").asText());
        assertEquals("takedown", out.record().body().get("appealedDecision").get("decision").asText());
        assertEquals(DecisionKind.ALLOW, store.decisions().latest("L-2").orElseThrow().kind());
        List<String> types = store.evidence().forListing("L-2").stream().map(EvidenceRecord::type).toList();
        assertEquals(List.of(EvidenceTypes.DECISION, EvidenceTypes.APPEAL_FILED, EvidenceTypes.APPEAL_DECIDED,
                EvidenceTypes.MERCHANT_REINSTATED), types);
        assertTrue(store.evidence().verify().intact());
    }

    @Test
    void aRejectedAppealLeavesTheTakedownStanding() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        long appealId = appeals.file("L-1", "m-1", "please").appeal().id();
        AppealOutcome out = appeals.decide(appealId, "ana", false, "counterfeit vocabulary in title");
        assertEquals("rejected", out.appeal().status());
        assertEquals("takedown-confirmed", out.record().body().get("label").asText());
        assertEquals(1, out.merchant().strikes());
        assertEquals(DecisionKind.TAKEDOWN, store.decisions().latest("L-1").orElseThrow().kind());
        assertThrows(IllegalStateException.class, () -> appeals.decide(appealId, "ana", true, "changed my mind"));
    }

    @Test
    void aModeratorsTakedownCanBeAppealed() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        long item = store.reviewQueue().claimNext("ana").orElseThrow().id();
        moderation.decide(item, "ana", Verdict.TAKEDOWN, null);
        AppealOutcome filed = appeals.file("L-1", "m-1", "genuine stock");
        assertEquals(store.evidence().forListing("L-1").get(1).seq(), filed.record().body().get("takedownSeq").asLong());
    }

    @Test
    void anOverturnedTakedownStandsOverARescanOfTheSameContent() {
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        appeals.decide(appeals.file("L-1", "m-1", "mine").appeal().id(), "ana", true, null);
        Seed.scanned(store, moderation, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.95);
        assertEquals(0, store.enforcement().history("m-1").strikes());
        assertEquals(DecisionKind.ALLOW, store.decisions().latest("L-1").orElseThrow().kind());
        assertEquals(Moderation.APPEAL, store.decisions().latest("L-1").orElseThrow().scorer());
    }
}
