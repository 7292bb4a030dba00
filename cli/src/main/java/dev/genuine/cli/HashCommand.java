package dev.genuine.cli;

import dev.genuine.image.pdq.Dihedral;
import dev.genuine.image.pdq.HashListEntry;
import dev.genuine.image.pdq.HashListFormat;
import dev.genuine.image.pdq.PdqHash;
import dev.genuine.image.pdq.PdqHasher;
import dev.genuine.json.CanonicalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code genuine hash FILE...}: each image's PDQ hash, in the reference tool's {@code HASH,QUALITY,FILE} form;
 * {@code hash export-registry} and {@code hash match} exchange hash lists with other platforms.
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = {"Prints each image's PDQ hash and quality as HASH,QUALITY,FILE (64 hex digits), as the "
                + "reference PDQ tool does, so the two compare line by line.",
                "An unreadable file is reported on standard error; the others are still hashed, and the exit status is 1.",
                "A file named like a subcommand (export-registry, match) is given with a path, e.g. ./match."},
        subcommands = {HashExportRegistryCommand.class, HashMatchCommand.class})
public final class HashCommand extends BaseCommand {
    // Not required by picocli: a required parent parameter would be demanded before every subcommand too.
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "image files (JPEG, PNG, WebP, BMP, TIFF...)")
    List<Path> files = List.of();

    @Option(names = "--dihedral", description = "print all eight rotations and mirrors, a line each: "
            + "HASH,QUALITY,FILE,VARIANT (original, rot90, rot180, rot270, flipX, flipY, flipPlus1, flipMinus1)")
    boolean dihedral;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE' (or a subcommand: "
                    + String.join(", ", spec.subcommands().keySet()) + ")");
        }
        PdqHasher hasher = new PdqHasher();
        int failed = 0;
        for (Path file : files) {
            try {
                Map<Dihedral, PdqHash> hashes = dihedral
                        ? hasher.hashDihedral(file)
                        : Map.of(Dihedral.ORIGINAL, hasher.hash(file));
                print(file, hashes);
            } catch (IOException e) {
                err().println("genuine: " + problem(file, e));
                failed++;
            } catch (IllegalArgumentException e) {
                // A file name with a line break cannot be written as one HASH,QUALITY,FILE line.
                err().println("genuine: " + file.toString().strip() + ": " + e.getMessage());
                failed++;
            }
        }
        if (failed > 0) {
            throw new ExitException(EXIT_FAILED, failed + " of " + files.size() + " files could not be hashed");
        }
        return EXIT_OK;
    }

    private void print(Path file, Map<Dihedral, PdqHash> hashes) {
        if (format.json()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.toString());
            PdqHash original = hashes.get(Dihedral.ORIGINAL);
            line.put("hash", original.toHex());
            line.put("quality", original.quality());
            if (dihedral) {
                Map<String, String> variants = new LinkedHashMap<>();
                hashes.forEach((d, h) -> variants.put(d.label(), h.toHex()));
                line.put("dihedral", variants);
            }
            out().println(CanonicalJson.write(line));
            return;
        }
        hashes.forEach((d, h) -> {
            String label = dihedral ? file + "," + d.label() : file.toString();
            out().println(HashListFormat.line(new HashListEntry(h, label), HashListFormat.Separator.COMMA));
        });
    }

    static String problem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return file + ": no such file";
        if (e instanceof AccessDeniedException) return file + ": permission denied";
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }
}
