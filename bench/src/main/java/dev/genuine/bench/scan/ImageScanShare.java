package dev.genuine.bench.scan;

import dev.genuine.domain.Registry;
import dev.genuine.enforcement.Moderation;
import dev.genuine.image.ImageMatcherFactory;
import dev.genuine.ingest.feed.FeedException;
import dev.genuine.ingest.feed.Ingestor;
import dev.genuine.ingest.registry.RegistryImporter;
import dev.genuine.models.embedding.EmbeddingCache;
import dev.genuine.models.embedding.EmbeddingMatcherFactory;
import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.runtime.NativeThreads;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DetectorParts;
import dev.genuine.scan.ModerationRecorder;
import dev.genuine.scan.ScanListener;
import dev.genuine.scan.ScanReport;
import dev.genuine.scan.Scanner;
import dev.genuine.score.TransparentScorer;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the photo embedding costs a scan with images: a real {@code genuine scan --full} (SQLite store, PDQ, local
 * features, all signals, evidence, queue) over a generated corpus folder (registry + listings with photos), with
 * PDQ+SIFT only and with the shipped embedding as the fallback stage, the embedding's own time measured inside the
 * scan; and the time to embed the registry photos at scan start, with the vector cache empty and filled; and the
 * decisions the embedding changed. A whole-scan measurement, so a plain main, not JMH. Each configuration scans a
 * fresh home once, after a warm-up scan of a home of its own.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.genuine.bench.scan.ImageScanShare [DIR [THREADS]]</pre>
 */
public final class ImageScanShare {
    private ImageScanShare() {}

    public static void main(String[] args) throws IOException, FeedException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "testdata/generated");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (!Files.isDirectory(corpus.resolve("registry")) || !Files.isRegularFile(corpus.resolve("listings.jsonl"))) {
            System.err.println("usage: ImageScanShare [DIR [THREADS]], DIR holding registry/*/registry.json and listings.jsonl ("
                    + corpus.toAbsolutePath() + " does not)");
            System.exit(2);
        }
        NativeThreads.single();
        EmbeddingModel model = EmbeddingModel.shipped();
        try (Home warmUp = Home.load(corpus)) {
            // JIT warm-up and the first reads of the corpus fall here, on neither measured configuration.
            scan(warmUp, threads, List.of());
        }
        ScanReport pdqSift;
        Map<String, String> before;
        try (Home home = Home.load(corpus)) {
            pdqSift = scan(home, threads, List.of());
            before = decisions(home.store());
        }
        Map<String, String> again;
        ScanReport pdqSiftAgain;
        try (Home home = Home.load(corpus)) {
            pdqSiftAgain = scan(home, threads, List.of());
            again = decisions(home.store());
        }
        for (ScanReport r : List.of(pdqSift, pdqSiftAgain)) {
            System.out.printf(Locale.ROOT, "PDQ+SIFT:           scan %6d ms  %6.1f listings/s  takedown %d review %d allow %d%n",
                    r.millis(), r.listingsPerSecond(), r.takedown(), r.review(), r.allow());
        }
        try (Home home = Home.load(corpus)) {
            Path cache = EmbeddingCache.folderOf(home.path(), model.version());
            TimedMatcherFactory timed = new TimedMatcherFactory(new EmbeddingMatcherFactory(model, Optional.of(new EmbeddingCache(cache))));
            long coldOpen = openMillis(timed, home);
            long warmOpen = openMillis(timed, home);
            long photos;
            try (Stream<Path> files = Files.list(cache)) {
                photos = files.count();
            }
            System.out.printf(Locale.ROOT, "registry photos: %d (+ mirrors); embedding matcher open: %d ms with the cache empty, %d ms with it filled%n",
                    photos, coldOpen, warmOpen);
            ScanReport withEmbedding = scan(home, threads, List.of(timed));
            double share = timed.matchNanos() / 1e6 / (withEmbedding.millis() * (double) threads);
            System.out.printf(Locale.ROOT, "PDQ+SIFT+embedding: scan %6d ms  %6.1f listings/s  takedown %d review %d allow %d%n",
                    withEmbedding.millis(), withEmbedding.listingsPerSecond(), withEmbedding.takedown(), withEmbedding.review(), withEmbedding.allow());
            System.out.printf(Locale.ROOT, "embedding ran on %d of %d listings (the rest had a PDQ/SIFT product-photo match), %d ms in it: "
                            + "%.1f%% of scan time (x %d thread(s)); scan time %+.1f%% against PDQ+SIFT; %d embedding match(es) made%n",
                    timed.calls(), withEmbedding.scanned(), timed.matchNanos() / 1_000_000, 100 * share, threads,
                    100.0 * (withEmbedding.millis() - pdqSift.millis()) / pdqSift.millis(), timed.matches());
            System.out.println("listings with an embedding match: " + timed.matchedListings());
            Map<String, String> after = decisions(home.store());
            System.out.printf(Locale.ROOT, "decisions (kind, score, rights holder) differing: %d between the two PDQ+SIFT scans "
                    + "(the scan's own home-to-home variation), %d between the second and the scan with the embedding%n",
                    differing(before, again), differing(again, after));
            for (String listing : timed.matchedListings()) {
                System.out.println("  " + listing + ": PDQ+SIFT " + before.get(listing) + ", again " + again.get(listing)
                        + ", with the embedding " + after.get(listing));
            }
        }
    }

    /** A fresh home holding the corpus: each configuration is scanned once in its own, so no scan sees another's strikes. */
    private record Home(Path path, GenuineStore store, Registry registry) implements AutoCloseable {
        static Home load(Path corpus) throws IOException, FeedException {
            Path path = Files.createTempDirectory("genuine-image-scan-bench-");
            GenuineStore store = Stores.open(path);
            return new Home(path, store, ImageScanShare.load(store, path, corpus));
        }

        @Override
        public void close() throws IOException {
            store.close();
            try (Stream<Path> s = Files.walk(path)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Imports the corpus's registry (fingerprinting it, as {@code registry import} does) and ingests its listings. */
    private static Registry load(GenuineStore store, Path home, Path corpus) throws IOException, FeedException {
        List<Path> registryFiles;
        try (Stream<Path> holders = Files.list(corpus.resolve("registry"))) {
            registryFiles = holders.map(p -> p.resolve("registry.json")).filter(Files::isRegularFile).sorted().toList();
        }
        Registry registry = new RegistryImporter(store.registry(), store.images()).importFiles(registryFiles).committed()
                .orElseThrow(() -> new IllegalStateException("no registry imported from " + corpus));
        DetectorParts.fingerprint(store, home, registry);
        new Ingestor(store.listings(), store.images()).ingest(corpus.resolve("listings.jsonl"), n -> { });
        return registry;
    }

    private static long differing(Map<String, String> a, Map<String, String> b) {
        return a.keySet().stream().filter(listing -> !a.get(listing).equals(b.get(listing))).count();
    }

    /** The latest decision of every listing, with its score and top rights holder. */
    private static Map<String, String> decisions(GenuineStore store) {
        Map<String, String> out = new TreeMap<>();
        store.decisions().forEachLatest(d -> out.put(d.listingId(), String.format(Locale.ROOT, "%s %.3f %s",
                d.kind().wireName(), d.score(), d.rightsHolderId())));
        return out;
    }

    private static ScanReport scan(Home home, int threads, List<ImageMatcherFactory> fallbacks) {
        try (DetectorParts parts = DetectorParts.open(home.store(), home.path(), new TransparentScorer(), Policy.DEFAULT, true, fallbacks)) {
            return new Scanner(home.store(), parts.detector(), new ModerationRecorder(new Moderation(home.store())), threads, Clock.systemUTC())
                    .scan(true, ScanListener.SILENT);
        }
    }

    private static long openMillis(ImageMatcherFactory factory, Home home) {
        long t0 = System.nanoTime();
        factory.open(home.registry(), home.store().images()).close();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
