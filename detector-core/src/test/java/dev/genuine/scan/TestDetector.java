package dev.genuine.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.policy.DecisionKind;
import dev.genuine.policy.Policy;
import dev.genuine.score.TransparentScorer;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.signal.Signals;
import dev.genuine.text.CueKind;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.MarkMatcher;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.genuine.signal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The transparent scorer and default policy on the situations a marketplace sees, through the detector. */
class TestDetector {
    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    /** Matchers that return what each test planted, so the scorer and policy are tested on their own. */
    private static Detector detector(List<MarkMatch> marks, List<TextCue> cues, List<ImageMatch> images) {
        MarkMatcher mm = new MarkMatcher() {
            public List<List<MarkMatch>> match(List<Listing> batch) { return batch.stream().map(l -> marks).toList(); }
            public void close() {}
        };
        ListingImageMatcher im = l -> images;
        return new Detector(registry(), mm, l -> cues, im, Signals.standard(), new TransparentScorer(), Policy.DEFAULT);
    }

    private static Assessment assess(Listing l, List<MarkMatch> marks, List<TextCue> cues, List<ImageMatch> images) {
        return detector(marks, cues, images).assess(List.of(l), seen -> MerchantHistory.clean(seen.merchantId()), NOW).get(0);
    }

    private static final MarkMatch PLAIN = aureliaInTitle("Aurelia", 0, List.of(), 0);

    @Test
    void brandWithCounterfeitVocabularyIsTakenDownAndAttributed() {
        var l = listing("m-1", "Aurelia Runner 2 KW super", 300_000, "shoes");
        var a = assess(l, List.of(PLAIN), List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 17)), List.of());
        assertEquals(DecisionKind.TAKEDOWN, a.decision().kind());
        assertEquals(AURELIA, a.decision().rightsHolderId());
        assertEquals("counterfeit-language", a.decision().reasons().get(0).signal());
        assertEquals(AURELIA, a.decision().reasons().get(0).rightsHolderId(), "listing-wide reasons carry the candidate");
        for (int i = 1; i < a.decision().reasons().size(); i++) {
            assertTrue(a.decision().reasons().get(i - 1).weight() >= a.decision().reasons().get(i).weight());
        }
    }

    @Test
    void aShortMarksTypoCountsOnlyBesideCounterfeitVocabularyTheListingDoesNotDeny() {
        var typo = new MarkMatch("aurelia-word", AURELIA, "Aurelia", "Aurelia", TextField.TITLE, "Auerlia", 0,
                List.of("typo:swap"), 1, false, true);
        var l = listing("m-1", "Auerlia Runner KW super", 300_000, "shoes");
        var admitted = assess(l, List.of(typo), List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 15)), List.of());
        assertEquals(AURELIA, admitted.decision().rightsHolderId());
        assertTrue(admitted.decision().reasons().stream().anyMatch(r -> r.signal().equals("word-mark")
                && r.detail().equals("title contains 'Auerlia' (typo:swap of 'Aurelia'), read as the mark beside the listing's counterfeit vocabulary")),
                admitted.decision().reasons().toString());

        var alone = assess(listing("m-1", "Auerlia Runner", 300_000, "shoes"), List.of(typo), List.of(), List.of());
        assertTrue(alone.analysis().markMatches().isEmpty(), "alone, a short word one letter off is not the mark");
        var denied = assess(l, List.of(typo), List.of(new TextCue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW", 15, true)), List.of());
        assertTrue(denied.analysis().markMatches().isEmpty(), "'bukan KW' admits nothing");
    }

    @Test
    void aPlainBrandNameAtAFairPriceIsAllowed() {
        var a = assess(listing("m-1", "Aurelia Runner 2", 950_000, "shoes"), List.of(PLAIN), List.of(), List.of());
        assertEquals(DecisionKind.ALLOW, a.decision().kind());
        assertFalse(a.decision().reasons().isEmpty(), "what matched is still explained");
    }

    @Test
    void aModelNamedWithoutItsBrandAndSoldAsACopyIsTakenDownAndAttributedToTheModelsOwner() {
        var l = listing("m-1", "Runner 2 KW super", 300_000, "shoes");
        var a = assess(l, List.of(), List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 9)), List.of());
        assertEquals(DecisionKind.TAKEDOWN, a.decision().kind());
        assertEquals(AURELIA, a.decision().rightsHolderId());
        var named = a.decision().reasons().stream().filter(r -> r.signal().equals("product-name")).findFirst().orElseThrow();
        assertEquals("title names 'Runner 2', the model of Aurelia product 'Aurelia Runner 2'", named.detail());
    }

    @Test
    void aModelNamedAloneAtAFairPriceIsAllowedAndOutOfItsCategoryIsNotACandidate() {
        var fair = assess(listing("m-1", "Sepatu Runner 2", 950_000, "shoes"), List.of(), List.of(), List.of());
        assertEquals(DecisionKind.ALLOW, fair.decision().kind());
        assertEquals("product-name", fair.decision().reasons().get(0).signal(), "what matched is still explained");
        var elsewhere = assess(listing("m-1", "Runner 2 KW super", 300_000, "toys"), List.of(),
                List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 9)), List.of());
        assertEquals(DecisionKind.ALLOW, elsewhere.decision().kind());
        assertEquals(List.of(), elsewhere.candidates());
    }

    @Test
    void aDisguisedBrandIsAtLeastReviewed() {
        var disguised = aureliaInTitle("Аurelia", 0, List.of("confusable"), 0);
        var a = assess(listing("m-1", "Аurelia Runner", 600_000, "shoes"), List.of(disguised), List.of(), List.of());
        assertNotEquals(DecisionKind.ALLOW, a.decision().kind());
    }

    @Test
    void anAuthorizedSellerIsNeverTakenDown() {
        var l = listing("m-aurelia-official", "Aurelia Runner 2 KW super", 200_000, "shoes");
        var a = assess(l, List.of(PLAIN), List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 17)), List.of());
        assertNotEquals(DecisionKind.TAKEDOWN, a.decision().kind());
        assertTrue(a.decision().reasons().stream().anyMatch(r -> r.signal().equals("authorized-seller") && r.weight() < 0));
    }

    @Test
    void anOrdinaryWordMarkOutOfItsCategoryIsAllowed() {
        var a = assess(listing("m-1", "Mango harum manis 1kg", 40_000, "food"), List.of(mangoInTitle(0)), List.of(), List.of());
        assertEquals(DecisionKind.ALLOW, a.decision().kind());
        var mark = a.decision().reasons().stream().filter(r -> r.signal().equals("word-mark")).findFirst().orElseThrow();
        assertTrue(mark.weight() < 0.1, "an ordinary word out of the brand's category counts little: " + mark.weight());
    }

    @Test
    void referentialUseIsNotFlagged() {
        var mark = aureliaInTitle("Aurelia", 24, List.of(), 0);
        var l = listing("m-1", "Tali sepatu cocok untuk Aurelia Runner", 20_000, "shoes");
        var a = assess(l, List.of(mark), List.of(cue(CueKind.REFERENTIAL, TextField.TITLE, "cocok untuk", 12)), List.of());
        assertEquals(DecisionKind.ALLOW, a.decision().kind());
    }

    @Test
    void aReusedOfficialPhotoIsFlaggedEvenWithANeutralTitle() {
        var photo = new ImageMatch(ImageMatchKind.PRODUCT_PHOTO, AURELIA, "Aurelia", "aurelia-runner-2", "aa", "bb",
                "sift-homography", 0.95, Map.of("inliers", 80));
        var a = assess(listing("m-1", "Sepatu lari pria", 400_000, "shoes"), List.of(), List.of(), List.of(photo));
        assertNotEquals(DecisionKind.ALLOW, a.decision().kind());
        assertEquals("product-photo", a.decision().reasons().get(0).signal());
    }

    @Test
    void secondHandSaleWithAnOfficialPhotoIsNotTakenDown() {
        var photo = new ImageMatch(ImageMatchKind.PRODUCT_PHOTO, AURELIA, "Aurelia", "aurelia-runner-2", "aa", "bb",
                "sift-homography", 0.9, Map.of());
        var l = listing("m-1", "Aurelia Runner 2 bekas", 550_000, "shoes");
        var a = assess(l, List.of(PLAIN), List.of(cue(CueKind.SECOND_HAND, TextField.TITLE, "bekas", 17)), List.of(photo));
        assertNotEquals(DecisionKind.TAKEDOWN, a.decision().kind());
    }

    @Test
    void nothingMatchedMeansAllowWithNoReasons() {
        var a = assess(listing("m-1", "Sprei katun", 100_000, "home"), List.of(), List.of(), List.of());
        assertEquals(DecisionKind.ALLOW, a.decision().kind());
        assertEquals(0.0, a.decision().score());
        assertTrue(a.decision().reasons().isEmpty());
        assertNull(a.decision().rightsHolderId());
    }

    @Test
    void theSameInputsGiveTheSameDecision() {
        var l = listing("m-1", "Aurelia Runner 2 replika", 300_000, "shoes");
        var cues = List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "replika", 17));
        assertEquals(assess(l, List.of(PLAIN), cues, List.of()).decision(), assess(l, List.of(PLAIN), cues, List.of()).decision());
    }

    @Test
    void buyersSayingFakeGetAReview() {
        var l = new Listing("L-2", "m-1", "Aurelia Runner 2 new", "", new Money(800_000, "IDR"), "shoes", List.of(),
                List.of("barang palsu", "ok"), null, List.of());
        var a = assess(l, List.of(PLAIN), List.of(cue(CueKind.FAKE_ALLEGATION, TextField.REVIEW, "palsu", 7)), List.of());
        assertEquals(DecisionKind.REVIEW, a.decision().kind());
    }

    @Test
    void evidenceBodyNamesRegistryScorerAndPolicy() {
        var l = listing("m-1", "Aurelia Runner 2 KW super", 300_000, "shoes");
        var a = assess(l, List.of(PLAIN), List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 17)), List.of());
        var body = EvidenceBodies.decision(a, Policy.DEFAULT);
        assertEquals(3, body.at("/registry/version").asInt());
        assertEquals("transparent/1", body.get("scorer").asText());
        assertEquals(Policy.DEFAULT.version(), body.at("/policy/version").asText());
        assertEquals("takedown", body.at("/decision/decision").asText());
        assertEquals("Aurelia Runner 2 KW super", body.at("/listing/title").asText());
    }

    @Test
    void aReferentialWordElsewhereDoesNotExcuseACounterfeit() {
        var l = new Listing("L-3", "m-1", "Aurelia Runner 2 KW super", "Free bubble wrap untuk pengiriman aman",
                new Money(300_000, "IDR"), "shoes", List.of(), List.of(), null, List.of());
        var cues = List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", 17),
                cue(CueKind.REFERENTIAL, TextField.DESCRIPTION, "untuk", 17));
        var a = assess(l, List.of(PLAIN), cues, List.of());
        assertEquals(DecisionKind.TAKEDOWN, a.decision().kind());
        assertTrue(a.decision().reasons().stream().noneMatch(r -> r.signal().equals("referential-use")));
    }

    @Test
    void allegationsAreCountedByReview() {
        var l = new Listing("L-4", "m-1", "Aurelia Runner 2", "", new Money(800_000, "IDR"), "shoes", List.of(),
                List.of("palsu, KW parah", "ok"), null, List.of());
        var cues = List.of(cue(CueKind.FAKE_ALLEGATION, TextField.REVIEW, "palsu", 0), cue(CueKind.FAKE_ALLEGATION, TextField.REVIEW, "KW", 7));
        var a = assess(l, List.of(PLAIN), cues, List.of());
        var buyers = a.observations().stream().filter(o -> o.signal().equals("buyer-reviews")).findFirst().orElseThrow();
        assertEquals(1, buyers.facts().get("allegations"));
        assertTrue(buyers.detail().startsWith("1 of 2 buyer reviews"), buyers.detail());
    }

    @Test
    void aBrandNamedAsWhatTheItemFitsInTheDescriptionIsReferential() {
        var l = new Listing("L-5", "m-1", "Tali Aurelia Runner 2 hitam", "Kualitas OEM, kompatibel dengan Aurelia Runner 2",
                new Money(25_000, "IDR"), "shoes", List.of(), List.of(), null, List.of());
        var inDescription = new MarkMatch("aurelia-word", AURELIA, "Aurelia", "Aurelia", TextField.DESCRIPTION, "Aurelia", 36, List.of(), 0, false);
        var cues = List.of(cue(CueKind.COUNTERFEIT_VOCABULARY, TextField.DESCRIPTION, "OEM", 9),
                cue(CueKind.REFERENTIAL, TextField.DESCRIPTION, "kompatibel dengan", 18));
        var a = assess(l, List.of(aureliaInTitle("Aurelia", 5, List.of(), 0), inDescription), cues, List.of());
        assertNotEquals(DecisionKind.TAKEDOWN, a.decision().kind());
        assertTrue(a.decision().reasons().stream().anyMatch(r -> r.signal().equals("referential-use") && r.weight() < 0));
    }

    @Test
    void onATieTheBrandNamedAsItselfWinsOverAnOrdinaryWordMark() {
        var l = new Listing("L-6", "m-1", "Jual Aurelia Mango edition", "", null, null, List.of(),
                List.of("palsu"), null, List.of());
        var a = assess(l, List.of(aureliaInTitle("Aurelia", 5, List.of(), 0), mangoInTitle(13)),
                List.of(cue(CueKind.FAKE_ALLEGATION, TextField.REVIEW, "palsu", 0)), List.of());
        assertEquals(AURELIA, a.decision().rightsHolderId());
    }
}
