package dev.genuine.cli;

import dev.genuine.enforcement.AppealOutcome;
import dev.genuine.enforcement.Appeals;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code genuine appeal file LISTING}: a merchant appeals a takedown of their listing. */
@Command(name = "file", description = "Files a merchant's appeal against the takedown of their listing.")
public final class AppealFileCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "LISTING", description = "the listing taken down")
    String listingId;

    @Option(names = "--merchant", paramLabel = "M", required = true, description = "the listing's merchant")
    String merchantId;

    @Option(names = "--statement", paramLabel = "TEXT", required = true, description = "the merchant's case")
    String statement;

    @Override
    protected int run() {
        if (statement.isBlank()) throw new ExitException(EXIT_USAGE, "--statement must not be blank");
        try (GenuineStore store = Stores.open(home.path())) {
            AppealOutcome outcome = Homes.appeals(store, home).file(listingId, merchantId, statement);
            if (format.json()) out().println(Json.line(outcome));
            else out().printf("appeal %d filed for %s by %s (evidence #%d)%n", outcome.appeal().id(), listingId, merchantId,
                    outcome.record().seq());
            return EXIT_OK;
        }
    }
}
