package dev.genuine.ingest.feed;

import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.image.ImageFetcher;
import dev.genuine.ingest.image.ImageLimits;
import dev.genuine.ingest.image.ImageLoader;
import dev.genuine.store.ImageStore;
import dev.genuine.store.ListingStore;
import dev.genuine.store.UpsertSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Ingests a listing feed: streams it ({@link FeedReader}), fetches each listing's images into the image store
 * ({@link ImageFetcher}, a few listings at a time because fetching mostly waits on disks and servers; an http
 * image the stored listing already has under the same URL is not downloaded again) and upserts each batch into
 * the {@link ListingStore}. Bad lines and failed images are reported, never fatal.
 */
public final class Ingestor {
    private final ListingStore listings;
    private final ImageFetcher images;
    private final FeedReader reader;
    private final int imageThreads;

    public Ingestor(ListingStore listings, ImageFetcher images, FeedReader reader, int imageThreads) {
        if (imageThreads <= 0) throw new IllegalArgumentException("imageThreads must be positive: " + imageThreads);
        this.listings = listings;
        this.images = images;
        this.reader = reader;
        this.imageThreads = imageThreads;
    }

    /** Batches of {@value FeedReader#DEFAULT_BATCH_SIZE}, default image limits, four image threads. */
    public Ingestor(ListingStore listings, ImageStore imageStore) {
        this(listings, new ImageFetcher(imageStore, ImageLimits.DEFAULT), new FeedReader(), 4);
    }

    /**
     * Ingests one feed; {@code progress} hears the number of records read after each batch (for a progress
     * line on a terminal).
     *
     * @throws FeedException when the feed cannot be read at all (the message is ready to print)
     */
    public IngestReport ingest(Path feed, LongConsumer progress) throws FeedException {
        Path folder = feed.toAbsolutePath().getParent();
        String name = feed.toString();
        Totals totals = new Totals(name);
        ExecutorService pool = Executors.newFixedThreadPool(imageThreads, r -> {
            Thread t = new Thread(r, "genuine-image-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            FeedSummary summary = reader.read(feed, batch -> {
                List<Listing> fetched = fetchAll(latestById(batch), folder, pool);
                fetched.forEach(totals::countImages);
                totals.upserts = totals.upserts.plus(listings.upsert(fetched));
            }, progress);
            return new IngestReport(summary, totals.upserts, totals.stored, totals.failed, totals.failures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The running sums of one ingest. */
    private static final class Totals {
        private final String file;
        private final List<ImageFailure> failures = new ArrayList<>();
        private UpsertSummary upserts = UpsertSummary.NONE;
        private long stored;
        private long failed;

        Totals(String file) {
            this.file = file;
        }

        void countImages(Listing l) {
            for (StoredImage s : l.storedImages()) {
                if (s.isStored()) {
                    stored++;
                    continue;
                }
                failed++;
                if (failures.size() < FeedReader.MAX_KEPT_REJECTIONS) failures.add(new ImageFailure(file, l.id(), s.source(), s.failure()));
            }
        }
    }

    /** A listing id twice in one batch: the later line replaces the earlier, as across batches. */
    private static List<Listing> latestById(List<Listing> batch) {
        Map<String, Listing> latest = new LinkedHashMap<>();
        for (Listing l : batch) {
            latest.remove(l.id());
            latest.put(l.id(), l);
        }
        return latest.size() == batch.size() ? batch : List.copyOf(latest.values());
    }

    private List<Listing> fetchAll(List<Listing> batch, Path folder, ExecutorService pool) {
        List<Future<Listing>> futures = new ArrayList<>(batch.size());
        for (Listing l : batch) {
            if (l.images().isEmpty()) {
                futures.add(CompletableFuture.completedFuture(l));
                continue;
            }
            // read here, on the one thread that uses the store, not in the pool; only http images are reused
            boolean anyHttp = l.images().stream().anyMatch(ImageLoader::isHttp);
            Listing previous = anyHttp ? listings.get(l.id()).orElse(null) : null;
            futures.add(pool.submit(() -> images.fetch(l, folder, previous)));
        }
        List<Listing> out = new ArrayList<>(batch.size());
        for (Future<Listing> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching images", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("image fetching failed", e.getCause()); // a bug: fetch reports, never throws
            }
        }
        return out;
    }
}
