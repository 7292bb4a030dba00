package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import dev.genuine.store.ReviewItem;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code genuine queue claim}: takes the highest-scored open item for a moderator (or the one they hold). */
@Command(name = "claim", description = "Claims the next review item (highest score first) and shows it.")
public final class QueueClaimCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Option(names = "--moderator", paramLabel = "NAME", required = true, description = "who claims the item")
    String moderator;

    @Override
    protected int run() {
        if (moderator.isBlank()) throw new ExitException(EXIT_USAGE, "--moderator must not be blank");
        try (GenuineStore store = Stores.open(home.path())) {
            Optional<ReviewItem> item = store.reviewQueue().claimNext(moderator);
            if (item.isEmpty()) {
                if (format.json()) out().println("null");
                else out().println("the review queue is empty");
                return EXIT_OK;
            }
            ReviewItemView view = ReviewItemView.of(store, item.get());
            if (format.json()) out().println(Json.line(view));
            else view.print(out());
            return EXIT_OK;
        }
    }
}
