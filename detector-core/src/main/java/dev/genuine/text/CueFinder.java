package dev.genuine.text;

import dev.genuine.domain.Listing;

import java.util.List;

/** Finds telling phrases (counterfeit vocabulary, allegations, referential and second-hand use) in a listing. */
public interface CueFinder {
    List<TextCue> find(Listing listing);
}
