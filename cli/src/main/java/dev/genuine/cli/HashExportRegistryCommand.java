package dev.genuine.cli;

import dev.genuine.domain.Registry;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.pdq.HashListEntry;
import dev.genuine.image.pdq.HashListFormat;
import dev.genuine.image.pdq.PdqHashCache;
import dev.genuine.image.pdq.RegistryFingerprints;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** {@code genuine hash export-registry}: the registry's logo and product-photo PDQ hashes as a hash list. */
@Command(name = "export-registry", mixinStandardHelpOptions = true,
        description = {"Writes the PDQ hash of every logo and product photo of the current registry as "
                + "HASH,QUALITY,LABEL lines (label rightsHolderId/productOrMarkId/sha256), the hash-list form other "
                + "platforms' PDQ tools read. Hashes computed at registry import are re-used.",
                "A registry image that cannot be read is reported on standard error; the others are still written, "
                        + "and the exit status is 1."})
final class HashExportRegistryCommand extends BaseCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "write the list here instead of standard output")
    Path outFile;

    @Override
    protected int run() throws IOException {
        Registry registry;
        RegistryFingerprints prints;
        try (GenuineStore store = Homes.open(home)) {
            registry = store.registry().current();
            prints = RegistryFingerprints.of(registry, store.images(),
                    new PdqHashCache(Optional.of(PdqHashCache.folderOf(home.path()))), EnumSet.allOf(ImageMatchKind.class));
        }
        // A photo shared by two products of a holder is one line per product; the same line twice is written once.
        var lines = new LinkedHashSet<String>();
        List<String> problems = new ArrayList<>(prints.skipped());
        for (RegistryFingerprints.Image image : prints.images()) {
            String label = image.rightsHolderId() + "/" + image.referenceId() + "/" + image.sha256();
            try {
                lines.add(HashListFormat.line(new HashListEntry(image.original(), label), HashListFormat.Separator.COMMA));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        StringWriter text = new StringWriter();
        for (String line : lines) text.write(line + "\n");
        if (outFile == null) {
            out().print(text);
        } else {
            write(outFile, text.toString());
        }
        problems.forEach(p -> err().println("genuine: " + p));
        if (!problems.isEmpty()) {
            throw new ExitException(EXIT_FAILED, problems.size() + " registry images could not be hashed; "
                    + lines.size() + " hashes written");
        }
        if (outFile != null) err().println("genuine: " + lines.size() + " hashes written to " + outFile);
        return EXIT_OK;
    }

    /** Through a temporary file, so an interrupted export never leaves half a list under the real name. */
    private static void write(Path file, String text) {
        Path absolute = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(absolute.getParent());
            tmp = Files.createTempFile(absolute.getParent(), ".hashes", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ExitException(EXIT_FAILED, "cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a stray temporary file is harmless; the export's own outcome is what gets reported
                }
            }
        }
    }
}
