package dev.genuine.testdata;

import static dev.genuine.testdata.Phrases.fill;
import static dev.genuine.testdata.Phrases.pick;

import java.util.List;

/**
 * Makes the listings that do not infringe but look as if they might: authorized sellers, unrelated
 * goods, accessories naming a brand, ordinary words, look-alike names and second-hand sales.
 */
final class CleanCases {
    /** Categories of the brand-free titles, in a fixed order (map iteration order is not fixed). */
    private static final List<String> NEUTRAL_CATEGORIES = List.of("shoes", "phones", "audio", "drinkware", "beauty",
            "bags", "wearables", "apparel", "home", "computer");

    private CleanCases() {
    }

    static void authorizedGenuine(Draft d) {
        d.title = fill(pick(Phrases.AUTHORIZED_TITLES, d.text), d.brand.name(), d.model(), d.product.noun(), null);
        boolean negated = d.text.nextDouble() < 0.25;
        String official = fill(pick(Phrases.AUTHORIZED_SENTENCES, d.text), d.brand.name(), d.model(), "", null);
        d.description = negated ? Phrases.description(d.text, official, pick(Phrases.NEGATED_VOCAB, d.text))
                : Phrases.description(d.text, official);
        d.merchantId = pick(d.brand.authorizedSellers(), d.text);
        d.reviews.addAll(InfringingCases.pickDistinct(Phrases.GOOD_REVIEWS, d.text.nextInt(3), d));
        d.priceAt(0.95 + d.text.nextDouble() * 0.13);
        d.variant.put("negated_vocab", negated);
        ListingImages.officialPhotos(d);
    }

    static void unrelated(Draft d) {
        if (d.text.nextBoolean()) {
            String[] item = Phrases.UNRELATED.get(d.text.nextInt(Phrases.UNRELATED.size()));
            d.title = item[0];
            d.category = item[1];
        } else {
            d.category = pick(NEUTRAL_CATEGORIES, d.text);
            d.title = pick(Phrases.NEUTRAL_TITLES.get(d.category), d.text);
        }
        d.description = Phrases.description(d.text);
        d.merchantId = d.strangerMerchant(false);
        d.reviews.addAll(InfringingCases.pickDistinct(Phrases.GOOD_REVIEWS, d.text.nextInt(3), d));
        d.priceBetween(20_000, 900_000);
        ListingImages.plainProduct(d, ListingImages.shapeFor(d.category, d.pics), null);
    }

    static void referential(Draft d) {
        boolean oem = d.text.nextDouble() < 0.25;
        String template = pick(oem ? Phrases.REFERENTIAL_OEM_TITLES : Phrases.REFERENTIAL_TITLES, d.text);
        d.title = fill(template, d.brand.name(), d.model(), d.product.noun(), null);
        d.description = Phrases.description(d.text,
                fill(pick(Phrases.REFERENTIAL_SENTENCES, d.text), d.brand.name(), d.model(), "", null));
        // Sellers file accessories under their own category or under the device's, where buyers look for them.
        d.category = d.text.nextBoolean() ? "accessories" : d.product.category();
        d.merchantId = d.strangerMerchant(false);
        d.priceBetween(25_000, 180_000);
        d.variant.put("template", template);
        d.variant.put("oem_word", oem);
        ListingImages.plainProduct(d, ListingImages.shapeFor(d.product.category(), d.pics), null);
    }

    static void commonWord(Draft d) {
        d.title = pick(d.brand.ordinaryUses(), d.text);
        d.category = d.brand.ordinaryCategory();
        d.description = Phrases.description(d.text);
        d.merchantId = d.strangerMerchant(false);
        d.priceBetween(10_000, 150_000);
        d.variant.put("word", d.brand.name());
        ListingImages.plainProduct(d, ListingImages.shapeFor(d.category, d.pics), null);
    }

    static void nearName(Draft d) {
        NearName near = d.brand.nearNames().get(d.slot % d.brand.nearNames().size());
        d.title = near.title();
        d.category = near.category();
        // A maker of its own goods says they are original as often as anyone.
        d.description = Phrases.description(d.text, d.originClaim(0.35));
        d.merchantId = d.strangerMerchant(false);
        d.priceBetween(30_000, 600_000);
        d.variant.put("near", near.name());
        d.variant.put("kind", near.kind());
        ListingImages.plainProduct(d, ListingImages.shapeFor(d.category, d.pics), near.name());
    }

    static void secondHand(Draft d) {
        d.title = fill(pick(Phrases.SECOND_HAND_TITLES, d.text), d.brand.name(), d.model(), d.product.noun(), null);
        boolean negated = d.text.nextDouble() < 0.3;
        String used = pick(Phrases.SECOND_HAND_SENTENCES, d.text);
        d.description = negated ? Phrases.description(d.text, used, pick(Phrases.NEGATED_VOCAB, d.text))
                : Phrases.description(d.text, used);
        d.merchantId = d.strangerMerchant(false);
        double roll = d.text.nextDouble();
        String image = roll < 0.3 ? "official-photo" : roll < 0.8 ? "own-photo-with-logo" : "own-photo";
        d.variant.put("image", image);
        d.priceAt(0.5 + d.text.nextDouble() * 0.2);
        d.variant.put("negated_vocab", negated);
        switch (image) {
            case "official-photo" -> ListingImages.officialPhotos(d);
            case "own-photo-with-logo" -> ListingImages.ownPhoto(d, true);
            default -> ListingImages.ownPhoto(d, false);
        }
    }
}
