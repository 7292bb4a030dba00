package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestProductNameIndex {
    private static final ProductNameIndex INDEX = ProductNameIndex.of(new Registry(1, Instant.EPOCH, List.of(
            holder("rh-aurelia", "Aurelia", List.of("Aurelia Sport"),
                    product("rh-aurelia", "Aurelia", "aurelia-velocita", "Aurelia Velocita X200 Trail Edition", "shoes"),
                    product("rh-aurelia", "Aurelia", "aurelia-mug", "Aurelia Travel Mug", "drinkware"),
                    product("rh-aurelia", "Aurelia", "aurelia-nimbus", "Aurelia Nimbus Z9", "bags")),
            holder("rh-borealo", "Borealo", List.of(),
                    product("rh-borealo", "Borealo", "borealo-velocita", "Borealo Velocita Max", "shoes"),
                    product("rh-borealo", "Borealo", "borealo-nimbus", "Borealo Nimbus Z9", "bags")))),
            CommonWords.bundled());

    @Test
    void aModelNamedWithoutItsBrandIsFoundByTwoOfItsWordsAndRunsAsFarAsTheNameGoesOn() {
        List<ProductNameMatch> found = INDEX.find(listing("Sepatu Velocita X200 Trail KW super", "shoes"), List.of());
        assertEquals(1, found.size(), found.toString());
        ProductNameMatch m = found.get(0);
        assertEquals("rh-aurelia", m.rightsHolderId());
        assertEquals("aurelia-velocita", m.productId());
        assertEquals(TextField.TITLE, m.field());
        assertEquals("Velocita X200 Trail", m.matchedText());
        assertEquals(7, m.start());
        assertEquals(3, m.matchedWords());
        assertEquals(4, m.modelWords(), "the model is the name without the brand's words");
    }

    @Test
    void caseAndDiacriticsDoNotHideTheName() {
        List<ProductNameMatch> found = INDEX.find(listing("VELOCITÀ x200 murah", "Shoes"), List.of());
        assertEquals(List.of("aurelia-velocita"), found.stream().map(ProductNameMatch::productId).toList());
    }

    @Test
    void lookAlikeLettersDoNotHideTheNameAndTheMatchQuotesTheListingsOwnCharacters() {
        String title = "Sepatu V\u0435locita X200 ori"; // a Cyrillic e
        List<ProductNameMatch> found = INDEX.find(listing(title, "shoes"), List.of());
        assertEquals(List.of("aurelia-velocita"), found.stream().map(ProductNameMatch::productId).toList());
        assertEquals("V\u0435locita X200", found.get(0).matchedText());
        assertEquals(title.indexOf("V"), found.get(0).start());
        assertEquals(title.indexOf(" ori"), found.get(0).end());
    }

    @Test
    void onlyListingsFiledUnderTheProductsCategoryCount() {
        assertEquals(List.of(), INDEX.find(listing("Velocita X200 case", "electronics"), List.of()));
        assertEquals(List.of(), INDEX.find(listing("Velocita X200", null), List.of()));
    }

    @Test
    void ordinaryWordsAndPairsSharedByTwoRightsHoldersAreNobodysModelName() {
        assertEquals(List.of(), INDEX.find(listing("Travel mug stainless murah", "drinkware"), List.of()), "ordinary words");
        assertEquals(List.of(), INDEX.find(listing("Tas Nimbus Z9 hitam", "bags"), List.of()), "two holders' model");
        assertEquals(List.of(), INDEX.find(listing("Sepatu velocita max", "shoes"), List.of()),
                "a word two holders use, beside an ordinary word");
    }

    @Test
    void aModelNamedAsWhatTheItemFitsIsLeftOut() {
        String title = "Insole untuk Velocita X200";
        TextCue untuk = new TextCue(CueKind.REFERENTIAL, TextField.TITLE, "untuk", title.indexOf("untuk"), false);
        assertEquals(List.of(), INDEX.find(listing(title, "shoes"), List.of(untuk)));
        TextCue negated = new TextCue(CueKind.REFERENTIAL, TextField.TITLE, "untuk", title.indexOf("untuk"), true);
        assertEquals(1, INDEX.find(listing(title, "shoes"), List.of(negated)).size());
    }

    @Test
    void theDescriptionIsSearchedTooAndReviewsAreNot() {
        Listing l = new Listing("L-1", "m-1", "Sepatu lari", "Model Velocita X200, bahan bagus", null, "shoes", List.of(),
                List.of("mirip Velocita X200 asli"), null, List.of());
        List<ProductNameMatch> found = INDEX.find(l, List.of());
        assertEquals(1, found.size(), found.toString());
        assertEquals(TextField.DESCRIPTION, found.get(0).field());
    }

    private static Listing listing(String title, String category) {
        return new Listing("L-1", "m-1", title, "", new Money(100_000, "IDR"), category, List.of(), List.of(), null, List.of());
    }

    private static RightsHolderEntry holder(String id, String brand, List<String> aliases, Product... products) {
        Mark word = new Mark(brand.toLowerCase() + "-word", id, brand, MarkKind.WORD, brand, aliases, List.of(), List.of(), null, List.of());
        return new RightsHolderEntry(new RightsHolder(id, brand, null), List.of(word), List.of(products), Set.of(), null);
    }

    private static Product product(String holder, String brand, String id, String name, String category) {
        return new Product(id, holder, brand, name, category, new Money(1_000_000, "IDR"), List.of());
    }
}
