package dev.genuine.cli;

import dev.genuine.policy.Decision;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code genuine demo}: the whole pipeline on the bundled test data in a fresh temporary home, through the same
 * commands a user runs: registry import, ingest, scan, then the decisions with their top reasons, the review
 * queue and the evidence chain check.
 */
@Command(name = "demo", description = "Run the whole pipeline on the bundled test data in a fresh temporary home.")
final class DemoCommand extends BaseCommand {
    @Option(names = "--data", paramLabel = "DIR", description = "test data folder (default: testdata/generated of this checkout)")
    Path data;

    @Option(names = "--keep", description = "keep the temporary home and print where it is")
    boolean keep;

    @Override
    protected int run() throws IOException {
        Path dir = data != null ? data : TestdataLocation.find();
        Path demoHome = Files.createTempDirectory("genuine-demo-");
        try {
            List<String> registries;
            try (Stream<Path> s = Files.list(dir.resolve("registry"))) {
                registries = s.map(p -> p.resolve("registry.json")).filter(Files::exists).map(Path::toString).sorted().toList();
            }
            step("registry", "import", registries, demoHome);
            List<String> feeds = new ArrayList<>();
            for (String f : List.of("listings.jsonl", "listings.csv")) if (Files.exists(dir.resolve(f))) feeds.add(dir.resolve(f).toString());
            step("ingest", null, feeds, demoHome);
            step("scan", null, List.of(), demoHome);
            out().println();
            printDecisions(demoHome);
            out().println();
            step("queue", "list", List.of(), demoHome);
            step("evidence", "verify", List.of(), demoHome);
            if (keep) out().println("demo home kept at " + demoHome);
            return EXIT_OK;
        } finally {
            if (!keep) deleteTree(demoHome);
        }
    }

    /** Runs one genuine command in this process with this command's streams; stops the demo if it fails. */
    private void step(String command, String sub, List<String> args, Path demoHome) {
        List<String> line = new ArrayList<>();
        line.add(command);
        if (sub != null) line.add(sub);
        line.add("--home");
        line.add(demoHome.toString());
        line.addAll(args);
        out().println("$ genuine " + String.join(" ", line.stream().map(DemoCommand::shown).toList()));
        out().flush();
        CommandLine root = Main.commandLine();
        root.setOut(out());
        root.setErr(err());
        int status = root.execute(line.toArray(String[]::new));
        if (status != EXIT_OK) throw new ExitException(EXIT_FAILED, "demo step 'genuine " + command + (sub == null ? "" : " " + sub) + "' failed");
    }

    /** Paths as a user in the checkout would type them. */
    private static String shown(String arg) {
        if (!arg.startsWith("/")) return arg;
        Path p = Path.of(arg), cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : arg;
    }

    private void printDecisions(Path demoHome) {
        List<Decision> decisions = new ArrayList<>();
        try (GenuineStore store = dev.genuine.store.Stores.open(demoHome)) {
            store.decisions().forEachLatest(decisions::add);
        }
        decisions.sort(Comparator.comparingInt((Decision d) -> d.kind().ordinal()).thenComparing(d -> -d.score()).thenComparing(Decision::listingId));
        var table = new TextTable(List.of("LISTING", "DECISION", "SCORE", "BRAND", "TOP REASONS"), 12, 8, 5, 14, 110);
        for (Decision d : decisions) {
            String reasons = String.join("; ", d.reasons().stream().limit(2)
                    .map(r -> r.signal() + ": " + r.detail()).toList());
            String brand = d.reasons().isEmpty() ? "" : d.reasons().get(0).brand();
            table.row(d.listingId(), d.kind().wireName(), String.format(Locale.ROOT, "%.2f", d.score()), brand, reasons);
        }
        table.print(out());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
