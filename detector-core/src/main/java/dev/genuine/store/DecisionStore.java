package dev.genuine.store;

import dev.genuine.policy.Decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every decision made, so the latest can be exported and the history shown. */
public interface DecisionStore {
    void saveAll(List<Decision> decisions);

    Optional<Decision> latest(String listingId);

    List<Decision> history(String listingId);

    /** The latest decision of every listing, in listing id order. */
    void forEachLatest(Consumer<Decision> consumer);
}
