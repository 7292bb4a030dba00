package dev.genuine.ingest.feed;

import dev.genuine.store.MemoryImageStore;
import com.sun.net.httpserver.HttpServer;
import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.MemoryListingStore;
import dev.genuine.ingest.TestImages;
import dev.genuine.ingest.image.ImageFetcher;
import dev.genuine.ingest.image.ImageLimits;
import dev.genuine.json.CanonicalJson;
import dev.genuine.store.UpsertSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestIngestor {
    @TempDir
    Path dir;
    private final MemoryListingStore listings = new MemoryListingStore();
    private final MemoryImageStore images = new MemoryImageStore();

    private Ingestor ingestor(int batchSize) {
        return new Ingestor(listings, new ImageFetcher(images, ImageLimits.DEFAULT), new FeedReader(batchSize), 2);
    }

    private static String line(String id, String title, String... imgs) {
        String list = String.join(", ", Arrays.stream(imgs).map(i -> "\"" + i + "\"").toList());
        return "{\"id\": \"" + id + "\", \"merchantId\": \"m-7\", \"title\": \"" + title + "\", \"images\": [" + list + "]}\n";
    }

    @Test
    void storesListingsWithTheirImagesAndReportsFailuresByListing() throws Exception {
        Files.createDirectories(dir.resolve("img"));
        byte[] photo = TestImages.jpeg(32, 32);
        Files.write(dir.resolve("img/a.jpg"), photo);
        Files.write(dir.resolve("img/same.jpg"), photo);
        Files.write(dir.resolve("img/cut.jpg"), Arrays.copyOf(photo, photo.length - 30));
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, line("L-1", "Dompet kulit", "img/a.jpg", "img/same.jpg")
                + line("L-2", "Topi rajut", "img/cut.jpg", "img/none.jpg")
                + "{\"id\": \"L-3\"}\n"
                + line("L-4", "Kaos"));
        List<Long> progress = new ArrayList<>();
        IngestReport r = ingestor(2).ingest(feed, progress::add);

        assertEquals(new UpsertSummary(3, 0, 0), r.upserts());
        assertEquals(2, r.imagesStored());
        assertEquals(2, r.imagesFailed());
        assertEquals(1, images.size(), "two files with the same bytes are one blob");
        Listing l1 = listings.get("L-1").orElseThrow();
        assertEquals(List.of(true, true), l1.storedImages().stream().map(StoredImage::isStored).toList());
        List<String> messages = r.messages();
        assertEquals(feed + ":3: merchantId: required", messages.get(0));
        assertEquals(feed + ":3: title: required", messages.get(1));
        assertTrue(messages.get(2).startsWith(feed + ": listing L-2: image img/cut.jpg: truncated JPEG"), messages.get(2));
        assertTrue(messages.get(3).startsWith(feed + ": listing L-2: image img/none.jpg: file not found"), messages.get(3));
        assertEquals(feed + ": 4 read, 3 new, 0 changed, 0 unchanged, 1 rejected; images: 2 stored, 2 failed", r.line());
        assertEquals(List.of(2L, 4L), progress);
    }

    @Test
    void reIngestingCountsChangedAndUnchanged() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, line("L-1", "Dompet") + line("L-2", "Topi"));
        ingestor(500).ingest(feed, n -> { });
        Files.writeString(feed, line("L-1", "Dompet") + line("L-2", "Topi baru") + line("L-3", "Kaos"));
        assertEquals(new UpsertSummary(1, 1, 1), ingestor(500).ingest(feed, n -> { }).upserts());
    }

    @Test
    void aRepeatedIdInOneBatchKeepsTheLaterLine() throws Exception {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(feed, "id,merchantId,title\nL-1,m-1,Lama\nL-2,m-1,Topi\nL-1,m-1,Baru\n");
        IngestReport r = ingestor(500).ingest(feed, n -> { });
        assertEquals("Baru", listings.get("L-1").orElseThrow().title());
        assertEquals(new UpsertSummary(2, 0, 0), r.upserts());
        assertEquals(List.of(2), listings.batchSizes());
    }

    @Test
    void upsertsInBatches() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1_203; i++) b.append(line("L-" + i, "Kaos " + i));
        Files.writeString(feed, b);
        IngestReport r = ingestor(500).ingest(feed, n -> { });
        assertEquals(List.of(500, 500, 203), listings.batchSizes());
        assertEquals(1_203, r.upserts().added());
    }

    @Test
    void aReSentFeedDoesNotDownloadItsHttpImagesAgain() throws Exception {
        byte[] photo = TestImages.jpeg(24, 24);
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/p.jpg", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, photo.length);
            try (var out = ex.getResponseBody()) {
                out.write(photo);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/p.jpg";
            Files.write(dir.resolve("local.png"), TestImages.png(8, 8));
            Path feed = dir.resolve("feed.jsonl");
            Files.writeString(feed, line("L-1", "Dompet", url, "local.png"));
            ingestor(10).ingest(feed, n -> { });
            Files.write(dir.resolve("local.png"), TestImages.png(9, 9)); // replaced in place: must be read again
            IngestReport again = ingestor(10).ingest(feed, n -> { });
            assertEquals(1, hits.get(), "the stored listing already has this URL's image");
            assertEquals(new UpsertSummary(0, 1, 0), again.upserts());
            assertEquals(List.of(CanonicalJson.sha256Hex(photo), CanonicalJson.sha256Hex(Files.readAllBytes(dir.resolve("local.png")))),
                    listings.get("L-1").orElseThrow().storedImages().stream().map(StoredImage::sha256).toList());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void imagesResolveAgainstTheFeedsOwnFolder() throws IOException, FeedException {
        Path sub = Files.createDirectories(dir.resolve("exports/day1"));
        Files.write(sub.resolve("p.png"), TestImages.png(8, 8));
        Path feed = sub.resolve("feed.jsonl");
        Files.writeString(feed, line("L-1", "Dompet", "p.png"));
        assertEquals(1, ingestor(10).ingest(feed, n -> { }).imagesStored());
    }
}
