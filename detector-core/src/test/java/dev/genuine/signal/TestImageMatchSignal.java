package dev.genuine.signal;

import dev.genuine.domain.Listing;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestImageMatchSignal {
    @Test
    void aLearnedMatchersModelVersionIsNamedInTheDetailAndFacts() {
        Listing l = Fixtures.listing("m-1", "Tas kulit", 90_000, "bags");
        ImageMatch embedded = new ImageMatch(ImageMatchKind.PRODUCT_PHOTO, Fixtures.AURELIA, "Aurelia", "p-1", "a".repeat(64),
                "b".repeat(64), "embedding", 0.7, Map.of("similarity", 0.95, "model", "photo-embedding-0123456789ab"));
        ListingAnalysis a = new ListingAnalysis(l, Fixtures.registry(), List.of(), List.of(), List.of(embedded), List.of(), MerchantHistory.clean("m-1"));

        List<Observation> found = ImageMatchSignal.productPhoto().observe(a);

        assertEquals(1, found.size());
        Observation o = found.get(0);
        assertTrue(o.detail().endsWith("[embedding, similarity 0.95, model photo-embedding-0123456789ab]"), o.detail());
        assertEquals("photo-embedding-0123456789ab", o.facts().get("model"));
        assertEquals("embedding", o.facts().get("method"));
        assertEquals(false, o.facts().get("categoryMatch"), "a bag is not among the shoe maker's categories");
    }

    @Test
    void aLogoOnGoodsOfTheKindItsOwnerMakesIsMarkedAsInItsCategory() {
        ImageMatch logo = new ImageMatch(ImageMatchKind.LOGO, Fixtures.AURELIA, "Aurelia", "aurelia-logo", "a".repeat(64),
                "b".repeat(64), "sift-similarity", 0.8, Map.of("inliers", 30));
        for (String category : List.of("shoes", "Shoes", "bags")) {
            Listing l = Fixtures.listing("m-1", "Sepatu lari", 90_000, category);
            ListingAnalysis a = new ListingAnalysis(l, Fixtures.registry(), List.of(), List.of(), List.of(logo), List.of(), MerchantHistory.clean("m-1"));
            Observation o = ImageMatchSignal.logo().observe(a).get(0);
            assertEquals(!category.equals("bags"), o.facts().get("categoryMatch"), category);
        }
    }
}
