package dev.genuine.ingest.image;

import dev.genuine.store.MemoryImageStore;
import com.sun.net.httpserver.HttpServer;
import dev.genuine.domain.Listing;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.TestImages;
import dev.genuine.json.CanonicalJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestImageFetcher {
    private static final byte[] PHOTO = TestImages.jpeg(40, 30);

    @TempDir
    Path dir;
    private final MemoryImageStore store = new MemoryImageStore();
    private ImageFetcher fetcher;
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        // generous timeouts, so a loaded test machine does not fail the tests that expect success
        fetcher = new ImageFetcher(store, ImageLimits.DEFAULT.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20)).withMaxBytes(100_000));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/photo.jpg", ex -> {
            ex.sendResponseHeaders(200, PHOTO.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PHOTO);
            }
        });
        server.createContext("/slow.jpg", ex -> {
            sleep(3_000);
            ex.sendResponseHeaders(200, PHOTO.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PHOTO);
            }
        });
        server.createContext("/trickle.jpg", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PHOTO, 0, 100);
                out.flush();
                sleep(3_000);
                out.write(PHOTO, 100, PHOTO.length - 100);
            } catch (IOException closedByClient) {
                // the client gave up, as it should
            }
        });
        server.createContext("/big-declared.jpg", ex -> {
            ex.sendResponseHeaders(200, 5_000_000);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[5_000_000]);
            } catch (IOException closedByClient) {
                // refused by Content-Length
            }
        });
        server.createContext("/big-chunked.jpg", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length to refuse by, the cap must cut it off
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PHOTO);
                for (int i = 0; i < 100; i++) out.write(new byte[10_000]);
            } catch (IOException closedByClient) {
                // cut off at the cap
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String failure(String ref) {
        return failure(fetcher, ref);
    }

    private String failure(ImageFetcher with, String ref) {
        StoredImage s = with.fetch(ref, dir);
        assertFalse(s.isStored(), ref + " should fail");
        assertEquals(ref, s.source());
        return s.failure();
    }

    @Test
    void storesARelativePathAndAFileUrlByContentHash() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/a.jpg"), PHOTO);
        Files.write(dir.resolve("copy.jpg"), PHOTO);
        StoredImage relative = fetcher.fetch("img/a.jpg", dir);
        StoredImage url = fetcher.fetch(dir.resolve("copy.jpg").toUri().toString(), dir);
        assertEquals(StoredImage.stored("img/a.jpg", CanonicalJson.sha256Hex(PHOTO)), relative);
        assertEquals(relative.sha256(), url.sha256());
        assertEquals(1, store.size(), "same content is stored once");
        assertTrue(Arrays.equals(PHOTO, store.read(relative.sha256())));
    }

    @Test
    void aMissingUnreadableOrBadFileFailsWithAReason() throws IOException {
        assertTrue(failure("img/missing.jpg").startsWith("file not found"));
        Files.writeString(dir.resolve("notes.jpg"), "just text");
        assertTrue(failure("notes.jpg").startsWith("not an image"));
        Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(PHOTO, PHOTO.length / 2));
        assertTrue(failure("cut.jpg").startsWith("truncated JPEG"));
        Files.write(dir.resolve("bomb.png"), TestImages.pngHeaderOnly(50_000, 50_000));
        assertTrue(failure("bomb.png").contains("50000x50000"));
        Files.createDirectories(dir.resolve("folder.jpg"));
        assertTrue(failure("folder.jpg").startsWith("is a folder"));
        assertTrue(failure("ftp://example.test/a.jpg").startsWith("unsupported scheme 'ftp'"));
        assertTrue(failure("img/a\u0000.jpg").startsWith("not a valid path"));
        assertTrue(failure("http:no-host.jpg").startsWith("not a usable URL"));
        assertTrue(failure("http://example.test/a b.jpg").startsWith("not a valid URL"));
        assertTrue(failure("file:relative.jpg").startsWith("not a usable file: URL"));
        assertEquals(0, store.size());
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeReading() throws IOException {
        Files.write(dir.resolve("huge.jpg"), new byte[200_000]);
        assertTrue(failure("huge.jpg").startsWith("too large: 200000 bytes"));
    }

    @Test
    void fetchesOverHttp() {
        StoredImage s = fetcher.fetch(base + "/photo.jpg", dir);
        assertEquals(CanonicalJson.sha256Hex(PHOTO), s.sha256(), s.failure());
    }

    @Test
    void reportsHttpErrors() {
        assertTrue(failure(base + "/nothing-here.jpg").startsWith("HTTP 404"));
    }

    @Test
    void givesUpOnASlowServer() {
        ImageFetcher impatient = new ImageFetcher(store, ImageLimits.DEFAULT.withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(500)));
        String slow = failure(impatient, base + "/slow.jpg");
        assertTrue(slow.startsWith("timed out after 500 ms"), slow);
        String trickle = failure(impatient, base + "/trickle.jpg");
        assertTrue(trickle.startsWith("timed out after 500 ms"), trickle);
    }

    @Test
    void refusesAnOversizeDownload() {
        String declared = failure(base + "/big-declared.jpg");
        assertTrue(declared.startsWith("too large: the server declares 5000000 bytes"), declared);
        String chunked = failure(base + "/big-chunked.jpg");
        assertTrue(chunked.startsWith("too large: the server sent more than 100000 bytes"), chunked);
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertTrue(failure("http://127.0.0.1:" + closed + "/a.jpg").startsWith("connection refused"));
    }

    @Test
    void fetchesEveryImageOfAListingInOrder() throws IOException {
        Files.write(dir.resolve("a.png"), TestImages.png(10, 10));
        Listing l = new Listing("L-1", "m-1", "Sepatu lari", null, null, null,
                List.of("a.png", "gone.jpg", base + "/photo.jpg"), List.of(), null, List.of());
        Listing fetched = fetcher.fetch(l, dir);
        assertEquals(l.images(), fetched.storedImages().stream().map(StoredImage::source).toList());
        assertEquals(List.of(true, false, true), fetched.storedImages().stream().map(StoredImage::isStored).toList());
        assertEquals(2, store.size());
    }

    @Test
    void aReferenceIsFetchedOnceARun() throws IOException {
        Files.write(dir.resolve("a.png"), TestImages.png(10, 10));
        String sha = fetcher.fetch("a.png", dir).sha256();
        Files.delete(dir.resolve("a.png"));
        assertEquals(sha, fetcher.fetch("a.png", dir).sha256(), "the second listing using it reuses the first read");
    }
}
