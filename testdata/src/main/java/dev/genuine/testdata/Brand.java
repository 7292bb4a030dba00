package dev.genuine.testdata;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A fictional brand and its rights holder: the word mark and aliases, logo colours and emblem, products,
 * authorized sellers, look-alike names, and for brands that are ordinary words, listing titles that use
 * the word in its ordinary sense.
 */
public record Brand(String slug, String name, String company, List<String> aliases, List<Color> colours,
                    int emblem, List<ProductSpec> products, List<String> authorizedSellers,
                    List<NearName> nearNames, List<String> ordinaryUses, String ordinaryCategory) {
    public Brand {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        aliases = List.copyOf(aliases);
        colours = List.copyOf(colours);
        products = List.copyOf(products);
        authorizedSellers = List.copyOf(authorizedSellers);
        nearNames = List.copyOf(nearNames);
        ordinaryUses = List.copyOf(ordinaryUses);
        if (colours.size() < 2) {
            throw new IllegalArgumentException(slug + ": a brand needs at least two colours");
        }
        if (products.isEmpty() || products.size() > 3) {
            throw new IllegalArgumentException(slug + ": a brand has 1 to 3 products");
        }
        if (authorizedSellers.isEmpty() || nearNames.isEmpty()) {
            throw new IllegalArgumentException(slug + ": a brand needs authorized sellers and near names");
        }
    }

    /** The rights holder id in the registry ({@code rh-<slug>}). */
    public String rightsHolderId() {
        return "rh-" + slug;
    }

    /** Whether the brand name is also an ordinary word, so common-word listings can be made for it. */
    public boolean ordinaryWord() {
        return !ordinaryUses.isEmpty();
    }
}
