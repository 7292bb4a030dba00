package dev.genuine.store;

import dev.genuine.policy.Decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every decision made, so the latest can be exported and the history shown. */
public interface DecisionStore {
    void saveAll(List<Decision> decisions);

    Optional<Decision> latest(String listingId);

    List<Decision> history(String listingId);

    /** The listing's newest decision made by one of the scorers (a person's ruling is a "moderator" decision). */
    Optional<Decision> latestBy(String listingId, Collection<String> scorers);

    /** The latest decision of every listing, in listing id order. */
    void forEachLatest(Consumer<Decision> consumer);
}
