package dev.genuine.testdata;

import static dev.genuine.testdata.Phrases.fill;
import static dev.genuine.testdata.Phrases.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Makes the infringing listings: counterfeit language, spelling evasions, re-used photos, logos, buyer allegations. */
final class InfringingCases {
    /** Share of the copies that do not admit to being copies whose descriptions claim they are original. */
    private static final double FALSE_CLAIM_SHARE = 0.35;
    private InfringingCases() {
    }

    static void counterfeitLanguage(Draft d) {
        String vocab = pick(Phrases.COUNTERFEIT_VOCAB, d.text);
        boolean inTitle = d.text.nextDouble() < 0.7;
        d.title = title(d, d.brand.name(), inTitle ? vocab : null);
        d.description = Phrases.description(d.text, fill(pick(Phrases.COUNTERFEIT_SENTENCES, d.text), "", "", "", vocab));
        d.merchantId = d.strangerMerchant(true);
        d.variant.put("vocab", vocab);
        d.variant.put("vocab_in_title", inTitle);
        d.priceAt(0.12 + d.text.nextDouble() * 0.33);
        infringingImage(d);
    }

    static void evasionSpelling(Draft d) {
        Evasion[] all = Evasion.values();
        Evasion evasion = all[d.slot % all.length];
        for (int k = 1; !evasion.appliesTo(d.brand.name()); k++) {
            evasion = all[(d.slot + k) % all.length];
        }
        String evaded = evasion.apply(d.brand.name(), d.text);
        String vocab = d.text.nextBoolean() ? pick(Phrases.COUNTERFEIT_VOCAB, d.text) : null;
        d.title = title(d, evaded, vocab);
        d.description = vocab == null ? Phrases.description(d.text, d.originClaim(FALSE_CLAIM_SHARE))
                : Phrases.description(d.text, fill(pick(Phrases.COUNTERFEIT_SENTENCES, d.text), "", "", "", vocab));
        d.merchantId = d.strangerMerchant(true);
        d.variant.put("evasion", evasion.label());
        d.variant.put("evaded", evaded);
        d.variant.put("vocab", vocab);
        d.priceAt(0.25 + d.text.nextDouble() * 0.5);
        infringingImage(d);
    }

    /**
     * The price of a copy that does not say what it is, as a share of retail: most sell at a fraction of it, the
     * margin a copy makes; some close to retail, to pass as genuine.
     */
    private static double silentCopyPrice(Draft d) {
        return d.text.nextDouble() < 0.7 ? 0.15 + d.text.nextDouble() * 0.4 : 0.55 + d.text.nextDouble() * 0.4;
    }

    static void photoReuse(Draft d) {
        d.title = neutralTitle(d);
        d.description = Phrases.description(d.text, d.originClaim(FALSE_CLAIM_SHARE));
        d.merchantId = d.strangerMerchant(true);
        ListingImages.alteredOfficial(d);
        d.priceAt(silentCopyPrice(d));
    }

    static void logoOnProduct(Draft d) {
        d.title = neutralTitle(d);
        d.description = Phrases.description(d.text, d.originClaim(FALSE_CLAIM_SHARE));
        d.merchantId = d.strangerMerchant(true);
        ListingImages.stampedProduct(d);
        d.priceAt(silentCopyPrice(d));
    }



    static void buyerAlleged(Draft d) {
        d.title = fill(pick(Phrases.BUYER_TITLES, d.text), d.brand.name(), d.model(), d.product.noun(), null);
        boolean negated = d.text.nextDouble() < 0.3;
        d.description = negated ? Phrases.description(d.text, pick(Phrases.NEGATED_VOCAB, d.text)) : Phrases.description(d.text);
        d.merchantId = d.strangerMerchant(true);
        int fakes = 1 + d.text.nextInt(3);
        List<String> reviews = new ArrayList<>(pickDistinct(Phrases.FAKE_REVIEWS, fakes, d));
        reviews.addAll(pickDistinct(Phrases.GOOD_REVIEWS, d.text.nextInt(3), d));
        Collections.shuffle(reviews, d.text);
        d.reviews.addAll(reviews);
        d.variant.put("fake_reviews", fakes);
        d.priceAt(0.55 + d.text.nextDouble() * 0.4);
        d.variant.put("negated_vocab", negated);
        infringingImage(d);
    }

    /** A sale title naming the product by {@code brandShown}, with {@code vocab} in it unless null. */
    private static String title(Draft d, String brandShown, String vocab) {
        if (vocab == null) {
            return fill(pick(Phrases.PLAIN_SALE_TITLES, d.text), brandShown, d.model(), d.product.noun(), null);
        }
        String template = vocab.equals("inspired by") ? "{n} {v} {b} {m}" : pick(Phrases.COUNTERFEIT_TITLES, d.text);
        return fill(template, brandShown, d.model(), d.product.noun(), vocab);
    }

    static String neutralTitle(Draft d) {
        return pick(Phrases.NEUTRAL_TITLES.get(d.product.category()), d.text);
    }

    /** The photo of a listing caught by its text: the logo on a copy, an edited official photo, or a plain product. */
    private static void infringingImage(Draft d) {
        double roll = d.text.nextDouble();
        if (roll < 0.45) {
            d.variant.put("image", "logo");
            ListingImages.stampedProduct(d);
        } else if (roll < 0.75) {
            d.variant.put("image", "official-altered");
            ListingImages.alteredOfficial(d);
        } else {
            d.variant.put("image", "plain-product");
            ListingImages.plainProduct(d, d.product.shape(), null);
        }
    }

    static List<String> pickDistinct(List<String> options, int count, Draft d) {
        List<String> copy = new ArrayList<>(options);
        Collections.shuffle(copy, d.text);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
