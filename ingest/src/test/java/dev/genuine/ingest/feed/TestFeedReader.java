package dev.genuine.ingest.feed;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestFeedReader {
    @TempDir
    Path dir;
    private final List<List<Listing>> batches = new ArrayList<>();
    private final List<Long> progress = new ArrayList<>();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private FeedSummary read(Path feed, int batchSize) throws FeedException {
        return new FeedReader(batchSize).read(feed, batches::add, progress::add);
    }

    private List<Listing> listings() {
        return batches.stream().flatMap(List::stream).toList();
    }

    private static String line(String id) {
        return "{\"id\": \"" + id + "\", \"merchantId\": \"m-1\", \"title\": \"Tas kulit " + id + "\"}\n";
    }

    @Test
    void readsAFullJsonLine() throws Exception {
        Path feed = write("feed.jsonl", """
                {"id": "L-000123", "merchantId": "m-4411", "title": "Sepatu lari pria", "description": "nyaman",
                """.strip() + """
                 "price": {"amount": 185000, "currency": "idr"}, "category": "shoes", "images": ["img/L-1.jpg", "https://cdn.example/x.jpg"],\
                 "reviews": ["barang bagus", ""], "updatedAt": "2026-11-20T10:00:00Z", "extra": {"ignored": true}}
                """);
        FeedSummary s = read(feed, 10);
        assertEquals(List.of(), s.messages());
        Listing l = listings().get(0);
        assertEquals(new Listing("L-000123", "m-4411", "Sepatu lari pria", "nyaman", new Money(185000, "IDR"), "shoes",
                List.of("img/L-1.jpg", "https://cdn.example/x.jpg"), List.of("barang bagus"),
                Instant.parse("2026-11-20T10:00:00Z"), List.of()), l);
        assertEquals(feed + ": 1 read, 1 accepted, 0 rejected", s.line());
    }

    @Test
    void reportsEachBadLineWithFileLineAndFieldAndKeepsTheRest() throws Exception {
        Path feed = write("feed.jsonl", line("L-1")
                + "{\"id\": \"L-2\", \"merchantId\": \"m-1\", \"title\": \"x\", \"price\": {\"amount\": \"185000\", \"currency\": \"IDR\"}}\n"
                + "{\"id\": \"L-3\", \"title\": \"x\"\n"
                + "\n"
                + "{\"id\": \"L-5\", \"title\": 7}\n"
                + "{\"id\": \"L-6\", \"merchantId\": \"m-1\", \"title\": \"x\", \"price\": {\"amount\": -5, \"currency\": \"IDR\"}}\n"
                + "{\"id\": \"L-7\", \"merchantId\": \"m-1\", \"title\": \"x\", \"updatedAt\": \"yesterday\"}\n"
                + "   \n"
                + "[1, 2]\n"
                + "{\"id\": \"L-10\", \"merchantId\": \"m-1\", \"title\": \"x\", \"images\": \"a.jpg\", \"price\": {\"amount\": 12.5}}\n"
                + "{\"id\": \"L-11\", \"merchantId\": \"m-1\", \"title\": \"x\"} {\"id\": \"L-11b\"}\n"
                + "{\"id\": \"L-12\", \"id\": \"L-12b\", \"merchantId\": \"m-1\", \"title\": \"x\"}\n"
                + line("L-13"));
        FeedSummary s = read(feed, 100);
        assertEquals(List.of("L-1", "L-13"), listings().stream().map(Listing::id).toList());
        assertEquals(11, s.read(), "blank lines are not records");
        assertEquals(9, s.rejected());
        List<String> m = s.messages();
        assertEquals(feed + ":2: price.amount: must be a number", m.get(0));
        assertTrue(m.get(1).startsWith(feed + ":3: broken JSON at column "), m.get(1));
        assertEquals(feed + ":5: merchantId: required", m.get(2));
        assertEquals(feed + ":5: title: must be a string", m.get(3));
        assertEquals(feed + ":6: price.amount: must not be negative", m.get(4));
        assertEquals(feed + ":7: updatedAt: must be an ISO-8601 instant like 2026-11-20T10:00:00Z, not 'yesterday'", m.get(5));
        assertEquals(feed + ":9: must be a JSON object, one listing a line", m.get(6));
        assertEquals(feed + ":10: price.amount: must be a whole number", m.get(7));
        assertEquals(feed + ":10: price.currency: required", m.get(8));
        assertEquals(feed + ":10: images: must be an array of strings", m.get(9));
        assertTrue(m.get(10).startsWith(feed + ":11: broken JSON at column ") && m.get(10).endsWith(": more than one JSON value on the line"), m.get(10));
        assertTrue(m.get(11).startsWith(feed + ":12: broken JSON") && m.get(11).contains("Duplicate field 'id'"), m.get(11));
    }

    @Test
    void hugeAndFractionalNumbersAreRefusedNotRounded() throws Exception {
        Path feed = write("feed.jsonl", """
                {"id": "L-1", "merchantId": "m-1", "title": "x", "price": {"amount": 1e400, "currency": "IDR"}}
                {"id": "L-2", "merchantId": "m-1", "title": "x", "price": {"amount": 99999999999999999999, "currency": "IDR"}}
                {"id": "L-3", "merchantId": "m-1", "title": "x", "price": {"amount": 1.5e3, "currency": "IDR"}}
                {"id": "L-4", "merchantId": "m-1", "title": "x", "price": {"amount": 100.0, "currency": "Rupiah"}}
                """);
        FeedSummary s = read(feed, 10);
        assertEquals(List.of(
                feed + ":1: price.amount: is too large",
                feed + ":2: price.amount: is too large",
                feed + ":4: price.currency: must be a three-letter currency code like IDR, not 'Rupiah'"), s.messages());
        assertEquals(new Money(1500, "IDR"), listings().get(0).price(), "1.5e3 is the whole number 1500");
    }

    @Test
    void toleratesAByteOrderMark() throws Exception {
        read(write("feed.jsonl", "\uFEFF" + line("L-1")), 10);
        assertEquals(1, listings().size());
        read(write("feed.csv", "\uFEFFid,merchantId,title\nL-2,m-1,Tas\n"), 10);
        assertEquals("L-2", listings().get(1).id());
    }

    @Test
    void invalidUtf8BecomesAReplacementCharacter() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        byte[] head = "{\"id\": \"L-1\", \"merchantId\": \"m-1\", \"title\": \"Tas ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a lone lead byte
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(feed, all);
        read(feed, 10);
        assertEquals("Tas \uFFFD", listings().get(0).title());
    }

    @Test
    void handsOverBatchesAndReportsProgress() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 25; i++) b.append(line("L-" + i));
        FeedSummary s = read(write("feed.jsonl", b.toString()), 10);
        assertEquals(List.of(10, 10, 5), batches.stream().map(List::size).toList());
        assertEquals(List.of(10L, 20L, 25L), progress);
        assertEquals(25, s.accepted());
        progress.clear();
        read(write("even.jsonl", b.substring(0, b.indexOf(line("L-20")))), 10);
        assertEquals(List.of(10L, 20L), progress, "the final count is reported once");
    }

    @Test
    void readsCsvWithQuotingAndTheFlatForm() throws Exception {
        Path feed = write("feed.csv", """
                id,merchantId,title,description,price.amount,price.currency,category,images,reviews,updatedAt
                L-1,m-1,"Tas kulit, hitam","kata ""asli""
                dua baris",185000,IDR,bags,img/a.jpg|img/b.jpg,"bagus|ok, cepat",2026-11-20T10:00:00Z
                L-2,m-2,Jam tangan,,,,,,,
                """);
        FeedSummary s = read(feed, 10);
        assertEquals(List.of(), s.messages());
        Listing l1 = listings().get(0);
        assertEquals("Tas kulit, hitam", l1.title());
        assertEquals("kata \"asli\"\ndua baris", l1.description());
        assertEquals(new Money(185000, "IDR"), l1.price());
        assertEquals(List.of("img/a.jpg", "img/b.jpg"), l1.images());
        assertEquals(List.of("bagus", "ok, cepat"), l1.reviews());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), l1.updatedAt());
        Listing l2 = listings().get(1);
        assertEquals(new Listing("L-2", "m-2", "Jam tangan", null, null, null, null, null, null, null), l2);
    }

    @Test
    void csvBadRowsAreReportedByTheLineTheyStartOn() throws Exception {
        Path feed = write("feed.csv", "title,merchantId,id,price.amount,price.currency,images\n"
                + "\"Sepatu\nmulti\",m-1,L-1,100,IDR,a.jpg\n"
                + "Sepatu,m-1,L-2,seratus,IDR,\n"
                + "Sepatu,m-1,L-3,100,IDR,,extra\n"
                + "\n"
                + "Sepatu,,L-5,100,IDR,\n"
                + "Sepatu,m-1,L-6,100,,\n"
                + "Sepatu,m-1,L-7,100,IDR,x.jpg\n");
        FeedSummary s = read(feed, 10);
        assertEquals(List.of("L-1", "L-7"), listings().stream().map(Listing::id).toList());
        assertEquals(List.of(
                feed + ":4: price.amount: must be a number",
                feed + ":5: has 7 cells, the header has 6",
                feed + ":7: merchantId: required",
                feed + ":8: price.currency: required"), s.messages());
    }

    @Test
    void anUnclosedCsvQuoteStopsTheFileWithAClearMessage() throws Exception {
        Path feed = write("feed.csv", "id,merchantId,title\nL-1,m-1,Tas\nL-2,m-1,\"Tas tanpa akhir\nL-3,m-1,Tas\n");
        FeedSummary s = read(feed, 10);
        assertEquals(1, s.accepted());
        assertEquals(1, s.rejected());
        assertEquals(List.of(feed + ":3: broken CSV (Missing closing quote for value at line 5); the rest of the file is not read"),
                s.messages(), "numbered by the line the broken row starts on");
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnRejectsTheFile() throws IOException {
        Path feed = write("feed.csv", "id,title,price\nL-1,Tas,100\n");
        var e = assertThrows(FeedException.class, () -> read(feed, 10));
        assertEquals(feed + ":1: the header has no 'merchantId' column (needs id, merchantId, title)", e.getMessage());
        Path twice = write("twice.csv", "id,merchantId,title,id\n");
        assertTrue(assertThrows(FeedException.class, () -> read(twice, 10)).getMessage().contains("'id' appears twice"));
        Path empty = write("empty.csv", "");
        assertTrue(assertThrows(FeedException.class, () -> read(empty, 10)).getMessage().contains("no header row"));
    }

    @Test
    void readsAGzippedFeed() throws Exception {
        Path feed = dir.resolve("feed.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(feed))) {
            out.write("id,merchantId,title\nL-1,m-1,Tas\n".getBytes(StandardCharsets.UTF_8));
        }
        read(feed, 10);
        assertEquals("L-1", listings().get(0).id());
        Path fake = write("fake.jsonl.gz", line("L-2"));
        assertTrue(assertThrows(FeedException.class, () -> read(fake, 10)).getMessage().startsWith(fake + ": cannot read the file: not a gzip file"));
    }

    @Test
    void anUnreadableFeedIsAClearError() throws IOException {
        assertEquals(dir.resolve("none.jsonl") + ": file not found",
                assertThrows(FeedException.class, () -> read(dir.resolve("none.jsonl"), 10)).getMessage());
        Path xml = write("feed.xml", "<listings/>");
        assertTrue(assertThrows(FeedException.class, () -> read(xml, 10)).getMessage().contains("unknown feed format"));
    }

    @Test
    void keepsOnlyTheFirstRejectionsButCountsThemAll() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < FeedReader.MAX_KEPT_REJECTIONS + 50; i++) b.append("{}\n");
        FeedSummary s = read(write("bad.jsonl", b.toString()), 10);
        assertEquals(FeedReader.MAX_KEPT_REJECTIONS + 50, s.rejected());
        assertEquals(FeedReader.MAX_KEPT_REJECTIONS, s.rejections().size());
    }

    @Test
    void streamsALargeFeedInBatches() throws Exception {
        Path feed = dir.resolve("large.jsonl");
        int lines = 200_000;
        try (var w = Files.newBufferedWriter(feed)) {
            for (int i = 0; i < lines; i++) {
                w.write("{\"id\": \"L-" + i + "\", \"merchantId\": \"m-" + (i % 97) + "\", \"title\": \"Kaos polos ukuran "
                        + i + "\", \"price\": {\"amount\": " + (10_000 + i) + ", \"currency\": \"IDR\"}}\n");
            }
        }
        var seen = new Object() {
            long listings;
            int batches;
            int largest;
        };
        FeedSummary s = new FeedReader(500).read(feed, batch -> {
            seen.listings += batch.size();
            seen.batches++;
            seen.largest = Math.max(seen.largest, batch.size());
        }, n -> { });
        assertEquals(lines, s.accepted());
        assertEquals(lines, seen.listings);
        assertEquals(lines / 500, seen.batches);
        assertEquals(500, seen.largest, "the consumer never holds more than one batch");
    }
}
