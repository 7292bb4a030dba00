package dev.genuine.signal;

import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.text.MarkKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A price far below the MSRP of the candidate brand's product the listing most resembles (same currency, same
 * category when the listing has one). Genuine goods are rarely sold at a fraction of their price.
 */
public final class PriceSignal implements Signal {
    /** At or below this share of MSRP the signal is at full strength... */
    static final double FULL_AT = 0.3;
    /** ...and at or above this share it does not fire. */
    static final double NONE_AT = 0.8;

    @Override
    public String name() {
        return SignalNames.PRICE;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        Money price = a.listing().price();
        if (price == null || price.amount() == 0) return List.of();
        List<Observation> out = new ArrayList<>();
        for (String holder : a.candidateHolders()) {
            a.registry().entry(holder).flatMap(e -> closestProduct(e, a, price.currency())).ifPresent(p -> {
                double ratio = (double) price.amount() / p.msrp().amount();
                if (ratio >= NONE_AT) return;
                double strength = Math.min(1.0, (NONE_AT - ratio) / (NONE_AT - FULL_AT));
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("ratio", Math.round(ratio * 1000) / 1000.0);
                facts.put("price", price.amount());
                facts.put("msrp", p.msrp().amount());
                facts.put("currency", price.currency());
                facts.put("productId", p.id());
                String detail = String.format(Locale.ROOT, "price %,d %s is %.0f%% of the MSRP %,d of '%s'",
                        price.amount(), price.currency(), ratio * 100, p.msrp().amount(), p.name());
                out.add(new Observation(name(), holder, p.brand(), null, strength, detail, facts));
            });
        }
        return out;
    }

    /** The product sharing most words with the listing's title, among those in the listing's category. */
    private static Optional<Product> closestProduct(RightsHolderEntry e, ListingAnalysis a, String currency) {
        String category = a.listing().category();
        List<Product> priced = e.products().stream()
                .filter(p -> p.msrp() != null && p.msrp().amount() > 0 && p.msrp().currency().equals(currency))
                .filter(p -> category == null || p.category() == null || p.category().equalsIgnoreCase(category))
                .toList();
        if (priced.isEmpty()) return Optional.empty();
        Set<String> titleWords = words(a.listing().title());
        return priced.stream().max(Comparator.<Product>comparingLong(p -> overlap(words(p.name()), titleWords))
                .thenComparing(p -> -p.msrp().amount()));
    }

    private static Set<String> words(String s) {
        return java.util.Arrays.stream(s.split("[\\s/,()\\-]+")).map(MarkKeys::key).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static long overlap(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
