package dev.genuine.cli;

import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code genuine decisions export [--out FILE]}: the latest decision of every scanned listing, as JSON Lines. */
@Command(name = "export", description = "Write the latest decision of every scanned listing as JSON Lines.")
final class DecisionsExportCommand extends BaseCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path outFile;

    @Override
    protected int run() throws IOException {
        try (GenuineStore store = Homes.open(home)) {
            if (outFile == null) {
                long n = write(store, out());
                out().flush();
                err().println(n + " decisions");
                return EXIT_OK;
            }
            Path abs = outFile.toAbsolutePath();
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            // Written beside the target and moved into place, so a reader never sees half a file.
            Path tmp = Files.createTempFile(abs.getParent(), ".decisions", ".tmp");
            long n;
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
                 PrintWriter pw = new PrintWriter(w)) {
                n = write(store, pw);
            } catch (UncheckedIOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out().println(n + " decisions written to " + outFile);
            return EXIT_OK;
        }
    }

    private static long write(GenuineStore store, PrintWriter w) {
        long[] n = {0};
        store.decisions().forEachLatest(d -> {
            w.println(Json.line(DecisionLine.of(d)));
            n[0]++;
        });
        return n[0];
    }
}
