package dev.genuine.signal;

import dev.genuine.text.ProductNameMatch;
import dev.genuine.text.TextField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registered product's model name in a listing of the product's category, with or without the brand: what a
 * copy is sold as when its brand is left out or misspelt beyond recognition. One observation per rights holder,
 * its most telling match (title over description, more of the name over less). Strength is the share of the model
 * name matched, at least half.
 */
public final class ProductNameSignal implements Signal {
    @Override
    public String name() {
        return SignalNames.PRODUCT_NAME;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        Map<String, ProductNameMatch> best = new LinkedHashMap<>();
        for (ProductNameMatch m : a.productNames()) best.merge(m.rightsHolderId(), m, (x, y) -> TELLING.compare(y, x) > 0 ? y : x);
        List<Observation> out = new ArrayList<>();
        best.forEach((holder, m) -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("productId", m.productId());
            facts.put("productName", m.productName());
            facts.put("matchedText", m.matchedText());
            facts.put("field", m.field().wireName());
            facts.put("start", m.start());
            facts.put("matchedWords", m.matchedWords());
            facts.put("modelWords", m.modelWords());
            // Found only in listings filed under the product's category.
            facts.put("categoryMatch", true);
            String detail = Quotes.where(m.field()) + " names '" + m.matchedText() + "', the model of " + m.brand()
                    + " product '" + m.productName() + "'";
            out.add(new Observation(name(), holder, m.brand(), null, strength(m), detail, facts));
        });
        return out;
    }

    private static final Comparator<ProductNameMatch> TELLING = Comparator
            .comparing((ProductNameMatch m) -> m.field() == TextField.TITLE)
            .thenComparingDouble(ProductNameMatch::coverage);

    static double strength(ProductNameMatch m) {
        return Math.max(0.5, m.coverage());
    }
}
