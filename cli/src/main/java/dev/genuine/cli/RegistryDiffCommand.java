package dev.genuine.cli;

import dev.genuine.domain.Registry;
import dev.genuine.domain.RegistryDiff;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code genuine registry diff V1 V2}: what changed between two registry versions. */
@Command(name = "diff", description = "Show what changed between two registry versions.")
final class RegistryDiffCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "V1")
    int from;

    @Parameters(index = "1", paramLabel = "V2")
    int to;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        try (GenuineStore store = Homes.open(home)) {
            Registry a = version(store, from), b = version(store, to);
            RegistryDiff diff = RegistryDiff.between(a, b);
            if (format.json()) {
                out().println(Json.line(diff));
            } else if (diff.changes().isEmpty()) {
                out().println("no changes between versions " + from + " and " + to);
            } else {
                diff.changes().forEach(c -> out().println((c.kind().equals("added") ? "+ " : c.kind().equals("removed") ? "- " : "~ ")
                        + c.rightsHolderId() + ": " + c.what() + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")")));
            }
            return EXIT_OK;
        }
    }

    private static Registry version(GenuineStore store, int v) {
        if (v == 0) return Registry.empty();
        return store.registry().version(v).orElseThrow(() -> new ExitException(EXIT_FAILED, "no registry version " + v));
    }
}
