package dev.genuine.image;

import dev.genuine.domain.Listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs several matchers on a listing (cheap ones first, e.g. PDQ before local features) and merges what they
 * find: for the same kind, rights holder and reference the strongest match is kept, and the result is
 * ordered strongest first. Thread-safe when its matchers are.
 *
 * <p>A matcher that throws does not cost the listing the others' matches: its failure goes to the failure
 * handler and the others' matches are returned. Only when every matcher fails is the first failure thrown
 * (the others added as suppressed), so the caller still learns that no image matching was done.
 */
public final class CompositeImageMatcher implements ListingImageMatcher {
    private final List<ListingImageMatcher> matchers;
    private final BiConsumer<Listing, RuntimeException> onFailure;

    /** Merges the matchers' results; a single matcher's failure is reported to {@code onFailure}. */
    public CompositeImageMatcher(List<ListingImageMatcher> matchers, BiConsumer<Listing, RuntimeException> onFailure) {
        if (matchers.isEmpty()) throw new IllegalArgumentException("a composite matcher needs at least one matcher");
        this.matchers = List.copyOf(matchers);
        this.onFailure = onFailure;
    }

    /** Merges the matchers' results; a single matcher's failure is dropped, the others' matches kept. */
    public CompositeImageMatcher(List<ListingImageMatcher> matchers) {
        this(matchers, (listing, failure) -> { });
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        Map<String, ImageMatch> best = new LinkedHashMap<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (ListingImageMatcher matcher : matchers) {
            List<ImageMatch> found;
            try {
                found = matcher.match(listing);
            } catch (RuntimeException e) {
                failures.add(e);
                continue;
            }
            for (ImageMatch m : found) {
                String key = m.kind() + "\u0000" + m.rightsHolderId() + "\u0000" + m.referenceId();
                best.merge(key, m, (kept, next) -> next.strength() > kept.strength() ? next : kept);
            }
        }
        if (failures.size() == matchers.size()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
        failures.forEach(f -> onFailure.accept(listing, f));
        List<ImageMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(ImageMatch::strength).reversed());
        return out;
    }
}
