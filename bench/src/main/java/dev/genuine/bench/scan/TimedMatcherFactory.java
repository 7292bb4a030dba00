package dev.genuine.bench.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatcherFactory;
import dev.genuine.store.ImageStore;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/** Wraps a matcher factory so the time spent in its matchers, their calls, their matches and the listings matched are counted across threads. */
final class TimedMatcherFactory implements ImageMatcherFactory {
    private final ImageMatcherFactory inner;
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong matches = new AtomicLong();
    private final Set<String> matchedListings = new ConcurrentSkipListSet<>();

    TimedMatcherFactory(ImageMatcherFactory inner) {
        this.inner = inner;
    }

    @Override
    public Opened open(Registry registry, ImageStore images) {
        Opened opened = inner.open(registry, images);
        return new Opened() {
            @Override
            public List<ImageMatch> match(Listing listing) {
                long t0 = System.nanoTime();
                try {
                    List<ImageMatch> found = opened.match(listing);
                    matches.addAndGet(found.size());
                    if (!found.isEmpty()) matchedListings.add(listing.id());
                    return found;
                } finally {
                    nanos.addAndGet(System.nanoTime() - t0);
                    calls.incrementAndGet();
                }
            }

            @Override
            public void close() {
                opened.close();
            }
        };
    }

    void reset() {
        nanos.set(0);
        calls.set(0);
        matches.set(0);
        matchedListings.clear();
    }

    Set<String> matchedListings() {
        return matchedListings;
    }

    long matchNanos() {
        return nanos.get();
    }

    long calls() {
        return calls.get();
    }

    long matches() {
        return matches.get();
    }
}
