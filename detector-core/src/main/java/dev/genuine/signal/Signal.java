package dev.genuine.signal;

import java.util.List;

/**
 * One kind of evidence of infringement (or against it). Stateless and thread-safe: everything it needs is
 * in the {@link ListingAnalysis}. A new signal is one added class registered in {@link Signals}.
 */
public interface Signal {
    /** The wire name used in reasons and evidence, e.g. "word-mark"; unique among signals. */
    String name();

    List<Observation> observe(ListingAnalysis analysis);
}
