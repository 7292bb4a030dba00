package dev.genuine.cli;

import dev.genuine.evidence.ChainVerification;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code genuine evidence verify}: recomputes the whole chain; exit 1 naming the first tampered record. */
@Command(name = "verify", description = "Walks the evidence chain and reports the first tampered record (exit 1).")
public final class EvidenceVerifyCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        try (GenuineStore store = Stores.open(home.path())) {
            ChainVerification v = store.evidence().verify();
            if (format.json()) out().println(Json.line(v));
            if (!v.intact()) {
                throw new ExitException(EXIT_FAILED, "evidence chain broken at record " + v.firstBrokenSeq() + ": " + v.problem());
            }
            if (!format.json()) out().printf("intact: %d record%s%n", v.recordsChecked(), v.recordsChecked() == 1 ? "" : "s");
            return EXIT_OK;
        }
    }
}
