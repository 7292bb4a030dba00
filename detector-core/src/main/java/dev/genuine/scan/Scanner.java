package dev.genuine.scan;

import dev.genuine.domain.Listing;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.store.GenuineStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The batch scan: streams the listings waiting for a decision out of the store a page at a time, assesses
 * each page's chunks in parallel, and writes decisions, evidence, review items and strikes a page at a time.
 * A registry version newer than the last scan's makes the scan full, as every decision may change.
 */
public final class Scanner {
    static final int PAGE = 512;

    private final GenuineStore store;
    private final Detector detector;
    private final DecisionRecorder recorder;
    private final int threads;
    private final Clock clock;

    public Scanner(GenuineStore store, Detector detector, DecisionRecorder recorder, int threads, Clock clock) {
        this.store = store;
        this.detector = detector;
        this.recorder = recorder;
        this.threads = Math.max(1, threads);
        this.clock = clock;
    }

    public ScanReport scan(boolean full, ScanListener listener) {
        long t0 = System.nanoTime();
        int version = detector.registry().version();
        boolean all = full || store.scanState().lastScannedRegistryVersion() != version;
        long total = all ? store.listings().count() : store.listings().pendingCount();
        AtomicLong done = new AtomicLong();
        long[] counts = new long[DecisionKind.values().length];
        List<String> problems = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "genuine-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            Instant now = clock.instant();
            store.listings().forEachPending(all, PAGE, page -> {
                List<Assessment> assessed = assessInParallel(pool, page, now, problems);
                store.inTransaction(() -> {
                    record(assessed);
                    return null;
                });
                assessed.forEach(a -> counts[a.decision().kind().ordinal()]++);
                listener.scanned(done.addAndGet(page.size()), total);
            });
        } finally {
            pool.shutdownNow();
        }
        store.scanState().recordScan(version, detector.scorer().name() + "/" + detector.scorer().version(), done.get());
        return new ScanReport(version, all, done.get(), counts[DecisionKind.TAKEDOWN.ordinal()],
                counts[DecisionKind.REVIEW.ordinal()], counts[DecisionKind.ALLOW.ordinal()], problems,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private List<Assessment> assessInParallel(ExecutorService pool, List<Listing> page, Instant now, List<String> problems) {
        MerchantHistories merchants = new MerchantHistories(store.enforcement(), page);
        int chunk = Math.max(1, (page.size() + threads - 1) / threads);
        List<Future<List<Assessment>>> futures = new ArrayList<>();
        for (int i = 0; i < page.size(); i += chunk) {
            List<Listing> part = page.subList(i, Math.min(page.size(), i + chunk));
            futures.add(pool.submit(() -> detector.assess(part, merchants, now)));
        }
        List<Assessment> out = new ArrayList<>(page.size());
        for (Future<List<Assessment>> f : futures) {
            try {
                out.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scan failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        out.forEach(a -> a.problems().forEach(p -> problems.add(a.decision().listingId() + ": " + p)));
        return out;
    }

    /** A page's evidence, decisions, queue items, strikes and pending marks, all in one transaction. */
    private void record(List<Assessment> assessed) {
        List<Assessment> flagged = assessed.stream().filter(a -> a.decision().kind() != DecisionKind.ALLOW).toList();
        List<EvidenceRecord> records = store.evidence().append(flagged.stream()
                .map(a -> new EvidenceEntry(EvidenceBodies.DECISION, a.decision().listingId(),
                        EvidenceBodies.decision(a, detector.policy()))).toList());
        List<Decision> decisions = assessed.stream().map(Assessment::decision).toList();
        store.decisions().saveAll(decisions);
        for (int i = 0; i < flagged.size(); i++) recorder.flagged(flagged.get(i), records.get(i));
        assessed.stream().filter(a -> a.decision().kind() == DecisionKind.ALLOW).forEach(recorder::allowed);
        store.listings().markScanned(decisions.stream().map(Decision::listingId).toList());
    }
}
