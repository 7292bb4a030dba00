package dev.genuine.cli;

import dev.genuine.domain.Registry;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.RegistryVersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Map;

/** {@code genuine registry list}: the registry versions, or with --holders the current version's rights holders. */
@Command(name = "list", description = "List registry versions and the current rights holders.")
final class RegistryListCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    record HolderLine(String id, String name, int marks, int products, int authorizedSellers) {}

    @Override
    protected int run() {
        try (GenuineStore store = Homes.open(home)) {
            List<RegistryVersionInfo> versions = store.registry().versions();
            Registry current = store.registry().current();
            List<HolderLine> holders = current.entries().stream().map(e -> new HolderLine(e.id(), e.holder().name(),
                    e.marks().size(), e.products().size(), e.authorizedSellers().size())).toList();
            if (format.json()) {
                out().println(Json.line(Map.of("versions", versions, "current", current.version(), "rightsHolders", holders)));
                return EXIT_OK;
            }
            var table = new TextTable(List.of("VERSION", "CREATED", "CHANGED"), 8, 24, 80);
            versions.forEach(v -> table.row(v.version(), v.createdAt(), String.join(", ", v.changedHolders())));
            table.print(out());
            out().println();
            var h = new TextTable(List.of("RIGHTS HOLDER", "NAME", "MARKS", "PRODUCTS", "SELLERS"), 30, 40);
            holders.forEach(x -> h.row(x.id(), x.name(), x.marks(), x.products(), x.authorizedSellers()));
            h.print(out());
            return EXIT_OK;
        }
    }
}
