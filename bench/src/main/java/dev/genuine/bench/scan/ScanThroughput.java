package dev.genuine.bench.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.policy.Policy;
import dev.genuine.scan.Detector;
import dev.genuine.scan.ModerationRecorder;
import dev.genuine.scan.ScanListener;
import dev.genuine.scan.ScanReport;
import dev.genuine.scan.Scanner;
import dev.genuine.score.TransparentScorer;
import dev.genuine.signal.Signals;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import dev.genuine.text.MonitorMarkIndex;
import dev.genuine.text.PhraseCueFinder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scan benchmark of issue 2: a real text-only {@code genuine scan --full} (SQLite store, Monitor mark index,
 * all signals, evidence, queue) over N generated listings against M generated word marks. Prints listings per
 * second of the scan and the peak heap during it. A whole-scan measurement, so a plain main, not JMH.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.genuine.bench.scan.ScanThroughput LISTINGS MARKS [THREADS]</pre>
 */
public final class ScanThroughput {
    public static void main(String[] args) throws IOException {
        int listings = Integer.parseInt(args[0]);
        int marks = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path home = Files.createTempDirectory("genuine-scan-bench-");
        try (GenuineStore store = Stores.open(home)) {
            SyntheticCatalog catalog = new SyntheticCatalog(20261124L);
            List<RightsHolderEntry> registry = catalog.registry(marks);
            var committed = store.registry().commit(registry);
            for (int i = 0; i < listings; i += 5000) {
                List<Listing> batch = catalog.listings(Math.min(5000, listings - i), registry, 0.3, i);
                store.listings().upsert(batch);
            }
            long t0 = System.nanoTime();
            try (var index = MonitorMarkIndex.build(committed.marks())) {
                long buildMs = (System.nanoTime() - t0) / 1_000_000;
                Detector detector = new Detector(committed, index, new PhraseCueFinder(), ListingImageMatcher.NONE,
                        Signals.standard(), new TransparentScorer(), Policy.DEFAULT);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                ScanReport r = new Scanner(store, detector, new ModerationRecorder(new dev.genuine.enforcement.Moderation(store)), threads,
                        Clock.systemUTC()).scan(true, ScanListener.SILENT);
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(Locale.ROOT, "listings=%d marks=%d threads=%d index-build=%d ms scan=%d ms "
                                + "listings/s=%.0f takedown=%d review=%d allow=%d peak-heap=%d MB%n",
                        r.scanned(), marks, threads, buildMs, r.millis(), r.listingsPerSecond(), r.takedown(), r.review(),
                        r.allow(), peak >> 20);
            }
        } finally {
            try (Stream<Path> s = Files.walk(home)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
