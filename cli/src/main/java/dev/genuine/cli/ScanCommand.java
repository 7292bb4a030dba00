package dev.genuine.cli;

import dev.genuine.scan.ScanReport;
import dev.genuine.scan.Scanner;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code genuine scan [--full] [--embedding]}: decides every listing changed since the last scan (all of them with
 * --full, or when the registry changed since), writing decisions, evidence, review items and strikes.
 */
@Command(name = "scan", description = "Score listings changed since the last scan (--full: every listing).")
final class ScanCommand extends BaseCommand {
    @Option(names = "--full", description = "rescan every listing, not only the changed ones")
    boolean full;

    @Option(names = "--scorer", paramLabel = "NAME", description = "scorer: 'transparent' or 'model' (default: the promoted model if any, else transparent)")
    String scorer;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--no-images", description = "text signals only (no image matching)")
    boolean noImages;

    @Option(names = "--embedding", description = "also match photos with the home's current photo embedding model, on listings "
            + "in which PDQ and local features found no product photo")
    boolean embedding;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() throws Exception {
        if (embedding && noImages) throw new ExitException(EXIT_USAGE, "--embedding matches images: it cannot go with --no-images");
        try (GenuineStore store = Homes.open(home); Pipeline pipeline = Pipeline.open(store, home, scorer, !noImages, embedding)) {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Scanner scanner = new Scanner(store, pipeline.detector(), pipeline.recorder(), n, Clock.systemUTC());
            Terminal.Progress progress = Terminal.progress(err(), "scanned");
            ScanReport r = scanner.scan(full, progress::update);
            progress.done();
            r.problems().forEach(err()::println);
            if (format.json()) {
                Map<String, Object> m = new LinkedHashMap<>(Map.of("registryVersion", r.registryVersion(), "full", r.full(), "scanned", r.scanned(),
                        "takedown", r.takedown(), "review", r.review(), "allow", r.allow(), "problems", r.problems().size(),
                        "millis", r.millis(), "scorer", pipeline.detector().scorer().name() + "/" + pipeline.detector().scorer().version()));
                pipeline.embeddingVersion().ifPresent(v -> m.put("embedding", v));
                out().println(Json.line(m));
            } else {
                out().printf("scanned %d listings (%s, registry version %d, scorer %s/%s%s): %d takedown, %d review, %d allow%s in %.1f s%n",
                        r.scanned(), r.full() ? "full" : "changed only", r.registryVersion(), pipeline.detector().scorer().name(),
                        pipeline.detector().scorer().version(), pipeline.embeddingVersion().map(v -> ", embedding " + v).orElse(""),
                        r.takedown(), r.review(), r.allow(),
                        r.problems().isEmpty() ? "" : "; " + r.problems().size() + " problem(s)", r.millis() / 1000.0);
            }
            return EXIT_OK;
        }
    }
}
