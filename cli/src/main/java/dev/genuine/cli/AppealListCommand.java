package dev.genuine.cli;

import dev.genuine.store.Appeal;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/** {@code genuine appeal list}: appeals, oldest first. */
@Command(name = "list", description = "Lists appeals, oldest first.")
public final class AppealListCommand extends BaseCommand {
    private static final Set<String> STATUSES = Set.of("open", "upheld", "rejected", "all");

    @Mixin
    FormatMixin format;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
            description = "open, upheld, rejected or all (default: ${DEFAULT-VALUE})")
    String status;

    @Override
    protected int run() {
        if (!STATUSES.contains(status)) throw new ExitException(EXIT_USAGE, "--status must be open, upheld, rejected or all, not '" + status + "'");
        try (GenuineStore store = Stores.open(home.path())) {
            List<Appeal> appeals = store.appeals().list(status.equals("all") ? null : status);
            if (format.json()) {
                out().println(Json.line(appeals));
                return EXIT_OK;
            }
            if (appeals.isEmpty()) {
                out().println("no " + (status.equals("all") ? "" : status + " ") + "appeals");
                return EXIT_OK;
            }
            var table = new TextTable(List.of("ID", "STATUS", "LISTING", "MERCHANT", "MODERATOR", "STATEMENT"), 10, 10, 30, 24, 20, 60);
            appeals.forEach(a -> table.row(a.id(), a.status(), a.listingId(), a.merchantId(),
                    a.decidedBy() == null ? "-" : a.decidedBy(), a.statement()));
            table.print(out());
            return EXIT_OK;
        }
    }
}
