package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;

/** Opens the store of the home folder a command was given, with a clear message when it cannot. */
final class Homes {
    private Homes() {}

    static GenuineStore open(HomeMixin home) {
        try {
            return Stores.open(home.path());
        } catch (RuntimeException e) {
            throw new ExitException(BaseCommand.EXIT_FAILED, "cannot open the genuine home " + home.path() + ": " + e.getMessage(), e);
        }
    }
}
