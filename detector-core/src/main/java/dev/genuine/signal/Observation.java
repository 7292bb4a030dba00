package dev.genuine.signal;

import java.util.Map;
import java.util.Objects;

/**
 * What one signal saw in a listing, with the figures behind it. Tied to a rights holder, or with
 * {@code rightsHolderId == null} to the listing as a whole (counterfeit vocabulary, buyer allegations).
 *
 * @param strength in [0, 1]: how strongly the signal fired; how much it counts is the scorer's business
 * @param detail   one sentence a moderator or merchant can read, e.g. "title contains 'Aur3lia' (leetspeak of 'Aurelia')"
 * @param facts    the raw figures (distances, ratios, phrases), JSON-friendly values only
 */
public record Observation(String signal, String rightsHolderId, String brand, String markId, double strength,
                          String detail, Map<String, Object> facts) {
    public Observation {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(detail, "detail");
        if (!(strength >= 0 && strength <= 1)) throw new IllegalArgumentException("strength out of [0,1]: " + strength);
        facts = Map.copyOf(facts == null ? Map.of() : facts);
    }

    public boolean isListingWide() {
        return rightsHolderId == null;
    }
}
