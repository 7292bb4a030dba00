package dev.genuine.bench.store;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.score.Reason;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the SQLite store costs a scan and an ingest, per record: a 512-listing upsert of new listings, a
 * 512-record evidence append (hash chain included) and 512 decisions saved, each one transaction as the ingester
 * and the scanner write them. Scores are operations (records) per second.
 *
 * <pre>java -jar bench/target/benchmarks.jar StoreWriteBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StoreWriteBenchmark {
    static final int BATCH = 512;

    private Path home;
    private GenuineStore store;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("genuine-store-bench-");
        store = Stores.open(home);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object upsertNewListings() {
        List<Listing> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long n = next++;
            batch.add(new Listing(String.format("L-%010d", n), "m-" + (n % 997), "Sepatu lari pria seri " + n,
                    "Sepatu olahraga ringan, nyaman dipakai harian. Ukuran 39 sampai 44.", new Money(150_000 + n % 50_000, "IDR"),
                    "shoes", List.of("img/" + n + "-1.jpg", "img/" + n + "-2.jpg"), List.of("barang bagus", "pengiriman cepat"),
                    Instant.parse("2026-11-20T10:00:00Z"), List.of()));
        }
        return store.listings().upsert(batch);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object appendEvidence() {
        List<EvidenceEntry> entries = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            Decision d = decision(next++);
            entries.add(new EvidenceEntry("decision", d.listingId(), CanonicalJson.toTree(Map.of("decision", d,
                    "listing", Map.of("title", "Sepatu lari seri " + i, "description", "Sepatu olahraga ringan ".repeat(12))))));
        }
        return store.evidence().append(entries);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void saveDecisions() {
        List<Decision> decisions = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) decisions.add(decision(next++));
        store.decisions().saveAll(decisions);
    }

    private static Decision decision(long n) {
        return new Decision(String.format("L-%010d", n), DecisionKind.TAKEDOWN, 0.91,
                List.of(new Reason("word-mark", "mk-" + n % 100, "rh-" + n % 100, "Brand" + n % 100, "title contains a mark", 0.61),
                        new Reason("counterfeit-language", null, null, null, "title says 'KW super'", 0.3)),
                "rh-" + n % 100, "hash-" + n, 1, "transparent/1", "default", Instant.parse("2026-11-24T00:00:00Z"));
    }
}
