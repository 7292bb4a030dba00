package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import dev.genuine.store.ReviewItem;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code genuine queue list}: review items by status, open ones highest score first. */
@Command(name = "list", description = "Lists review items (open ones highest score first).")
public final class QueueListCommand extends BaseCommand {
    private static final Set<String> STATUSES = Set.of("open", "claimed", "resolved", "withdrawn");

    @Mixin
    FormatMixin format;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
            description = "open, claimed, resolved or withdrawn (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N items (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int run() {
        if (!STATUSES.contains(status)) throw new ExitException(EXIT_USAGE, "--status must be open, claimed, resolved or withdrawn, not '" + status + "'");
        if (limit < 1) throw new ExitException(EXIT_USAGE, "--limit must be at least 1");
        try (GenuineStore store = Stores.open(home.path())) {
            List<ReviewItem> items = store.reviewQueue().list(status, limit);
            if (format.json()) {
                out().println(Json.line(items));
                return EXIT_OK;
            }
            if (items.isEmpty()) {
                out().println("no " + status + " review items");
                return EXIT_OK;
            }
            var table = new TextTable(List.of("ID", "STATUS", "SCORE", "LISTING", "RIGHTS HOLDER", "MODERATOR", "VERDICT"), 10, 10, 6, 30, 24, 20);
            items.forEach(i -> table.row(i.id(), i.status(), String.format(Locale.ROOT, "%.3f", i.score()), i.listingId(),
                    dash(i.rightsHolderId()), dash(i.claimedBy()), dash(i.verdict())));
            table.print(out());
            return EXIT_OK;
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
