package dev.genuine.cli;

import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.store.Appeal;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import dev.genuine.store.Strike;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code genuine merchant show M}: a merchant's strikes, suspension and appeals. */
@Command(name = "show", description = "Shows a merchant's strikes, suspension and appeals.")
public final class MerchantShowCommand extends BaseCommand {
    /** The JSON output. */
    record Standing(String merchantId, int standingStrikes, int strikesInWindow, String policy, boolean suspended,
                    List<Strike> strikes, List<Appeal> appeals) {}

    @Mixin
    FormatMixin format;

    @Parameters(index = "0", paramLabel = "M", description = "the merchant's id")
    String merchantId;

    @Override
    protected int run() {
        try (GenuineStore store = Stores.open(home.path())) {
            StrikePolicy policy = Homes.strikePolicy(home);
            List<Strike> strikes = store.enforcement().strikes(merchantId);
            var history = store.enforcement().history(merchantId);
            List<Appeal> appeals = store.appeals().list(null).stream().filter(a -> a.merchantId().equals(merchantId)).toList();
            Standing s = new Standing(merchantId, history.strikes(), policy.countInWindow(strikes, Instant.now()),
                    policy.describe(), history.suspended(), strikes, appeals);
            if (format.json()) {
                out().println(Json.line(s));
                return EXIT_OK;
            }
            out().printf("merchant %s: %s%n", merchantId, s.suspended() ? "SUSPENDED" : "active");
            out().printf("  strikes: %d standing, %d within the window (suspension at %s)%n", s.standingStrikes(),
                    s.strikesInWindow(), s.policy());
            for (Strike k : strikes) {
                out().printf("  %s  %-16s %s%s%n", k.createdAt().truncatedTo(ChronoUnit.SECONDS), k.listingId(), k.reason(),
                        k.active() ? "" : " [withdrawn " + k.withdrawnAt().truncatedTo(ChronoUnit.SECONDS) + "]");
            }
            for (Appeal a : appeals) {
                out().printf("  appeal %d on %s: %s%s%n", a.id(), a.listingId(), a.status(),
                        a.decidedBy() == null ? "" : " by " + a.decidedBy());
            }
            return EXIT_OK;
        }
    }
}
