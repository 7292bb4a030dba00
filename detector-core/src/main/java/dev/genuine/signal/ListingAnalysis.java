package dev.genuine.signal;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatch;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.TextCue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the matchers found about one listing, computed once and shared by all signals, so a
 * signal is a cheap, stateless reading of it.
 */
public record ListingAnalysis(Listing listing, Registry registry, List<MarkMatch> markMatches,
                              List<TextCue> cues, List<ImageMatch> imageMatches, MerchantHistory merchant) {
    public ListingAnalysis {
        markMatches = List.copyOf(markMatches);
        cues = List.copyOf(cues);
        imageMatches = List.copyOf(imageMatches);
    }

    /** Rights holders something in the listing points at: candidates for infringement. */
    public Set<String> candidateHolders() {
        Set<String> ids = new LinkedHashSet<>();
        markMatches.forEach(m -> ids.add(m.rightsHolderId()));
        imageMatches.forEach(m -> ids.add(m.rightsHolderId()));
        return ids;
    }
}
