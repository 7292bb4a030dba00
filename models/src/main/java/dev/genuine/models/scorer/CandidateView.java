package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.signal.Observation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate seen through the facts the features read: only the candidate's own holder-bound observations
 * and the listing-wide ones count, so an observation about another rights holder never leaks into this one.
 */
public final class CandidateView {
    private final List<Observation> observations;
    /** Grouped once, because every feature asks for one signal's observations. */
    private final Map<String, List<Observation>> bySignal = new HashMap<>();

    public CandidateView(Candidate candidate) {
        this.observations = candidate.observations().stream()
                .filter(o -> o.isListingWide() || Objects.equals(o.rightsHolderId(), candidate.rightsHolderId()))
                .toList();
        for (Observation o : observations) bySignal.computeIfAbsent(o.signal(), s -> new ArrayList<>(2)).add(o);
    }

    public List<Observation> all(String signal) {
        return bySignal.getOrDefault(signal, List.of());
    }

    public double strongest(String signal) {
        return all(signal).stream().mapToDouble(Observation::strength).max().orElse(0);
    }

    public boolean has(String signal) {
        return bySignal.containsKey(signal);
    }

    /** 1 when any observation of the signal has the fact set to {@code true}. */
    public double anyFlag(String signal, String fact) {
        return all(signal).stream().anyMatch(o -> Boolean.TRUE.equals(o.facts().get(fact))) ? 1 : 0;
    }

    /** The largest numeric value of a fact among the signal's observations, or {@code absent}. */
    public double maxNumber(String signal, String fact, double absent) {
        return all(signal).stream().map(o -> o.facts().get(fact)).filter(Number.class::isInstance)
                .mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(absent);
    }

    /** The smallest numeric value of a fact among the signal's observations, or {@code absent}. */
    public double minNumber(String signal, String fact, double absent) {
        return all(signal).stream().map(o -> o.facts().get(fact)).filter(Number.class::isInstance)
                .mapToDouble(v -> ((Number) v).doubleValue()).min().orElse(absent);
    }

    /** 1 when any observation of the signal has the fact equal to {@code value} (numbers compared as numbers). */
    public double anyEquals(String signal, String fact, Object value) {
        return all(signal).stream().map(o -> o.facts().get(fact)).anyMatch(v -> sameValue(v, value)) ? 1 : 0;
    }

    /** 1 when any word of any observation's list fact starts with one of the prefixes. */
    public double anyListItem(String signal, String fact, Set<String> prefixes, boolean negate) {
        return all(signal).stream().map(o -> o.facts().get(fact)).filter(Collection.class::isInstance)
                .flatMap(v -> ((Collection<?>) v).stream()).map(String::valueOf)
                .anyMatch(item -> prefixes.stream().anyMatch(item::startsWith) != negate) ? 1 : 0;
    }

    /** How many distinct holder-bound signals fired with any strength. */
    public long holderBoundSignals(Set<String> known) {
        return observations.stream().filter(o -> !o.isListingWide() && o.strength() > 0 && known.contains(o.signal()))
                .map(Observation::signal).distinct().count();
    }

    private static boolean sameValue(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) return a.doubleValue() == e.doubleValue();
        return Objects.equals(actual, expected);
    }
}
