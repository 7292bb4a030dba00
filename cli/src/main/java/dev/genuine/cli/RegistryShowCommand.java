package dev.genuine.cli;

import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;

/** {@code genuine registry show RH}: one rights holder's marks, products and authorized sellers. */
@Command(name = "show", description = "Show one rights holder's entry in the registry.")
final class RegistryShowCommand extends BaseCommand {
    @Parameters(paramLabel = "RH", description = "rights holder id")
    String holderId;

    @Option(names = "--version", paramLabel = "V", description = "registry version (default: current)")
    Integer version;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        try (GenuineStore store = Homes.open(home)) {
            Registry r = version == null ? store.registry().current() : store.registry().version(version)
                    .orElseThrow(() -> new ExitException(EXIT_FAILED, "no registry version " + version));
            RightsHolderEntry e = r.entry(holderId).orElseThrow(() ->
                    new ExitException(EXIT_FAILED, "no rights holder '" + holderId + "' in registry version " + r.version()));
            if (format.json()) {
                out().println(Json.line(e));
                return EXIT_OK;
            }
            out().println(e.holder().name() + " (" + e.id() + "), registry version " + r.version());
            if (e.holder().contact() != null) out().println("contact: " + e.holder().contact());
            out().println("marks:");
            e.marks().forEach(m -> out().println("  " + m.id() + "  " + m.kind().wireName() + "  " + m.brand()
                    + (m.text() == null ? "" : "  '" + m.text() + "'")
                    + (m.aliases().isEmpty() ? "" : "  aliases " + m.aliases())
                    + (m.images().isEmpty() ? "" : "  " + m.images().size() + " image(s)")));
            out().println("products:");
            e.products().forEach(p -> out().println("  " + p.id() + "  " + p.name() + "  " + p.category()
                    + (p.msrp() == null ? "" : String.format(Locale.ROOT, "  MSRP %,d %s", p.msrp().amount(), p.msrp().currency()))
                    + "  " + p.images().size() + " photo(s)"));
            out().println("authorized sellers: " + (e.authorizedSellers().isEmpty() ? "none" : String.join(", ", e.authorizedSellers().stream().sorted().toList())));
            return EXIT_OK;
        }
    }
}
