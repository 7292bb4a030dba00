package dev.genuine.cli;

import dev.genuine.enforcement.Appeals;
import dev.genuine.enforcement.Moderation;
import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.policy.Policy;
import dev.genuine.policy.PolicyFile;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Opens what a command needs from its home folder (the store, the policy), with a clear message when it cannot. */
final class Homes {
    private Homes() {}

    static GenuineStore open(HomeMixin home) {
        try {
            return Stores.open(home.path());
        } catch (RuntimeException e) {
            throw new ExitException(BaseCommand.EXIT_FAILED, "cannot open the genuine home " + home.path() + ": " + e.getMessage(), e);
        }
    }

    static Policy policy(HomeMixin home) {
        try {
            return PolicyFile.load(home.path());
        } catch (IOException e) {
            throw new ExitException(BaseCommand.EXIT_FAILED, e.getMessage(), e);
        }
    }

    /** The strike rule of the home's policy file. */
    static StrikePolicy strikePolicy(HomeMixin home) {
        return StrikePolicy.of(policy(home));
    }

    /** Millisecond ticks, so records written in one command still get distinct, ordered times. */
    static Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    static Moderation moderation(GenuineStore store, HomeMixin home) {
        return new Moderation(store, strikePolicy(home), clock());
    }

    static Appeals appeals(GenuineStore store, HomeMixin home) {
        return new Appeals(store, strikePolicy(home), clock());
    }
}
