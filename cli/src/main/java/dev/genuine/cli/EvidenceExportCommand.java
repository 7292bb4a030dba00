package dev.genuine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.genuine.evidence.html.EvidencePage;
import dev.genuine.json.CanonicalJson;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code genuine evidence export LISTING}: a listing's records with the chain links to verify them, as JSON; with
 * {@code --html FILE}, also a self-contained page for an appeal (images side by side, boxes, highlighted words).
 */
@Command(name = "export", description = "Exports a listing's evidence records and the chain links that verify them (JSON, or a self-contained HTML page with --html).")
public final class EvidenceExportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "LISTING", description = "the listing's id")
    String listingId;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path outFile;

    @Option(names = "--html", paramLabel = "FILE", description = "write a self-contained HTML page for appeals to FILE")
    Path htmlFile;

    @Override
    protected int run() {
        try (GenuineStore store = Stores.open(home.path())) {
            EvidenceExport export = EvidenceExport.of(store, listingId, Instant.now());
            if (export.records().isEmpty()) throw new ExitException(EXIT_FAILED, "no evidence records for listing " + listingId);
            if (htmlFile != null) {
                write(htmlFile, EvidencePage.render(store.evidence().forListing(listingId), store.images()));
                out().printf("wrote the evidence page of %s (%d record%s) to %s%n", listingId, export.records().size(),
                        export.records().size() == 1 ? "" : "s", htmlFile);
                if (outFile == null) return EXIT_OK;
            }
            String json = pretty(export);
            if (outFile == null) {
                out().println(json);
                return EXIT_OK;
            }
            write(outFile, json + "\n");
            out().printf("wrote %d evidence record%s of %s to %s%n", export.records().size(),
                    export.records().size() == 1 ? "" : "s", listingId, outFile);
            return EXIT_OK;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitException(EXIT_FAILED, "cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Pretty-printed, and with every null kept: an export is a faithful copy of the records. */
    private static String pretty(EvidenceExport export) {
        try {
            return CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evidence export: " + e.getOriginalMessage(), e);
        }
    }
}
