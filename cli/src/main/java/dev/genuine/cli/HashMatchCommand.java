package dev.genuine.cli;

import dev.genuine.image.hashindex.HashMatch;
import dev.genuine.image.hashindex.MultiIndexHashIndex;
import dev.genuine.image.pdq.Dihedral;
import dev.genuine.image.pdq.HashList;
import dev.genuine.image.pdq.HashListEntry;
import dev.genuine.image.pdq.HashListFormat;
import dev.genuine.image.pdq.PdqHash;
import dev.genuine.image.pdq.PdqHasher;
import dev.genuine.json.CanonicalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code genuine hash match --list FILE IMAGE...}: images against a hash list from another platform. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Matches each image, in all eight rotations and mirrors, against a HASH,QUALITY,LABEL hash "
                + "list (as other platforms' PDQ tools write it): every list entry within 31 bits is printed as "
                + "FILE<tab>DISTANCE<tab>VARIANT<tab>HASH<tab>LABEL, nearest first; an image with no match prints nothing.",
                "List entries and images of PDQ quality under 50 are not matched on. A bad list line or an unreadable "
                        + "image is reported on standard error; the rest still match, and the exit status is 1."})
final class HashMatchCommand extends BaseCommand {
    @Option(names = "--list", required = true, paramLabel = "FILE", description = "the hash list to match against")
    Path list;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "image files to match")
    List<Path> images;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        HashList read = readList();
        MultiIndexHashIndex<HashListEntry> index = new MultiIndexHashIndex<>();
        int unmatchable = 0;
        for (HashListEntry entry : read.entries()) if (!index.add(entry.hash(), entry)) unmatchable++;
        index.build();
        int problems = read.errors().size();
        read.errors().forEach(e -> err().println("genuine: " + e));
        if (unmatchable > 0) {
            err().println("genuine: " + list + ": " + unmatchable + " entries of quality under "
                    + PdqHash.MIN_MATCH_QUALITY + " are not matched on");
        }
        PdqHasher hasher = new PdqHasher();
        for (Path image : images) {
            Map<Dihedral, PdqHash> hashes;
            try {
                hashes = hasher.hashDihedral(image);
            } catch (IOException e) {
                err().println("genuine: " + HashCommand.problem(image, e));
                problems++;
                continue;
            }
            PdqHash original = hashes.get(Dihedral.ORIGINAL);
            if (!original.isMatchable()) {
                err().println("genuine: " + image + ": PDQ quality " + original.quality() + " is under "
                        + PdqHash.MIN_MATCH_QUALITY + ", not matched");
                continue;
            }
            nearest(index, hashes).forEach(found -> print(image, found));
        }
        if (problems > 0) throw new ExitException(EXIT_FAILED, problems + " problems (see above)");
        return EXIT_OK;
    }

    private HashList readList() {
        try {
            return HashListFormat.read(list);
        } catch (NoSuchFileException e) {
            throw new ExitException(EXIT_FAILED, list + ": no such file");
        } catch (IOException e) {
            throw new ExitException(EXIT_FAILED, "cannot read " + list + ": " + e.getMessage(), e);
        }
    }

    /** A list entry found through a variant of the image. */
    private record Found(HashListEntry entry, int distance, Dihedral variant) {}

    /** Each list entry once, through the variant that came nearest, nearest first. */
    private static List<Found> nearest(MultiIndexHashIndex<HashListEntry> index, Map<Dihedral, PdqHash> hashes) {
        // Identity, not equality: two identical list lines are two entries and both are reported.
        Map<HashListEntry, Found> best = new IdentityHashMap<>();
        for (Dihedral variant : Dihedral.values()) {
            for (HashMatch<HashListEntry> m : index.query(hashes.get(variant), PdqHash.MATCH_RADIUS)) {
                Found f = new Found(m.value(), m.distance(), variant);
                best.merge(m.value(), f, (a, b) -> b.distance() < a.distance() ? b : a);
            }
        }
        List<Found> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Found::distance).thenComparing(f -> f.entry().label()));
        return out;
    }

    private void print(Path image, Found f) {
        if (format.json()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", image.toString());
            line.put("distance", f.distance());
            line.put("variant", f.variant().label());
            line.put("hash", f.entry().hash().toHex());
            line.put("quality", f.entry().hash().quality());
            line.put("label", f.entry().label());
            out().println(CanonicalJson.write(line));
        } else {
            out().println(image + "\t" + f.distance() + "\t" + f.variant().label() + "\t" + f.entry().hash().toHex()
                    + "\t" + f.entry().label());
        }
    }
}
