package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code genuine queue show ID}: one review item with the reasons it was flagged for. */
@Command(name = "show", description = "Shows a review item with the reasons from its evidence.")
public final class QueueShowCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "ID", description = "the review item's id")
    long id;

    @Override
    protected int run() {
        try (GenuineStore store = Stores.open(home.path())) {
            ReviewItemView view = store.reviewQueue().get(id).map(i -> ReviewItemView.of(store, i))
                    .orElseThrow(() -> new ExitException(EXIT_FAILED, "no review item " + id));
            if (format.json()) out().println(Json.line(view));
            else view.print(out());
            return EXIT_OK;
        }
    }
}
