package dev.genuine.text;

import dev.genuine.domain.Listing;

import java.io.Closeable;
import java.util.List;

/** Finds every registered word mark in a batch of listings in one pass (not a loop over marks). */
public interface MarkMatcher extends Closeable {
    /** One list of verified matches per listing, in the batch's order. */
    List<List<MarkMatch>> match(List<Listing> batch);

    @Override
    void close();
}
