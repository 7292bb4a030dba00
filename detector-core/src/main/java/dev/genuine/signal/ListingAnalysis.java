package dev.genuine.signal;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatch;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.ProductNameMatch;
import dev.genuine.text.TextCue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the matchers found about one listing, computed once and shared by all signals, so a
 * signal is a cheap, stateless reading of it.
 */
public record ListingAnalysis(Listing listing, Registry registry, List<MarkMatch> markMatches,
                              List<TextCue> cues, List<ImageMatch> imageMatches, List<ProductNameMatch> productNames,
                              MerchantHistory merchant) {
    public ListingAnalysis {
        markMatches = List.copyOf(markMatches);
        productNames = List.copyOf(productNames);
        cues = List.copyOf(cues);
        imageMatches = List.copyOf(imageMatches);
    }

    /** Rights holders something in the listing points at: candidates for infringement. */
    public Set<String> candidateHolders() {
        Set<String> ids = new LinkedHashSet<>();
        markMatches.forEach(m -> ids.add(m.rightsHolderId()));
        imageMatches.forEach(m -> ids.add(m.rightsHolderId()));
        productNames.forEach(m -> ids.add(m.rightsHolderId()));
        return ids;
    }

    /**
     * True when the listing is filed under a category the holder registered products in: a logo or a name on the
     * kind of goods its owner makes is more telling than on goods it never made.
     */
    public boolean inCategoryOf(String holder) {
        return registry.entry(holder).stream().flatMap(e -> e.products().stream()).anyMatch(p -> p.isIn(listing.category()));
    }
}
