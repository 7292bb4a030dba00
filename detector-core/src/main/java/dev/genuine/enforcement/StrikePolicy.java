package dev.genuine.enforcement;

import dev.genuine.policy.Policy;
import dev.genuine.store.Strike;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a repeat infringer is suspended: at {@code threshold} standing strikes within the rolling {@code window}
 * (a strike counts from the takedown that earned it; a strike withdrawn on appeal never counts). The default,
 * {@link #DEFAULT}, is 3 strikes within 180 days, the "three strikes" rule marketplaces commonly publish.
 */
public record StrikePolicy(int threshold, Duration window) {
    public static final StrikePolicy DEFAULT = new StrikePolicy(3, Duration.ofDays(180));

    public StrikePolicy {
        if (threshold < 1) throw new IllegalArgumentException("strike threshold must be at least 1: " + threshold);
        if (window == null || window.isNegative() || window.isZero()) throw new IllegalArgumentException("strike window must be positive");
    }

    /** The strike rule of a decision policy: its threshold within the default rolling window. */
    public static StrikePolicy of(Policy policy) {
        return new StrikePolicy(policy.strikesToSuspend(), DEFAULT.window());
    }

    /** The standing strikes that fall within the window ending at {@code now}. */
    public int countInWindow(List<Strike> strikes, Instant now) {
        Instant from = now.minus(window);
        return (int) strikes.stream().filter(Strike::active).filter(s -> !s.createdAt().isBefore(from)).count();
    }

    public boolean suspends(List<Strike> strikes, Instant now) {
        return countInWindow(strikes, now) >= threshold;
    }

    public String describe() {
        return threshold + " strike" + (threshold == 1 ? "" : "s") + " within " + window.toDays() + " days";
    }
}
