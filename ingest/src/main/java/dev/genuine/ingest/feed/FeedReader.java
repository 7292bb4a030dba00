package dev.genuine.ingest.feed;

import dev.genuine.domain.Listing;
import dev.genuine.ingest.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a listing feed (JSON Lines or CSV, see {@link CsvRecords} for the CSV columns) and hands the valid
 * listings to a consumer in batches, so memory holds one batch, not the file. Each bad record is reported with
 * its file and line ({@code feed.jsonl:17: price.amount: must be a number}) and skipped; the rest goes through.
 * A byte order mark is ignored; invalid UTF-8 bytes become U+FFFD rather than stopping the feed. A {@code .gz}
 * feed is decompressed as it is read.
 */
public final class FeedReader {
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** Rejections kept for the report; beyond this they are only counted, so a broken feed cannot fill memory. */
    public static final int MAX_KEPT_REJECTIONS = 1000;

    private final int batchSize;

    public FeedReader(int batchSize) {
        if (batchSize <= 0) throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        this.batchSize = batchSize;
    }

    public FeedReader() {
        this(DEFAULT_BATCH_SIZE);
    }

    /**
     * Reads {@code feed}, calling {@code batches} with up to the batch size listings at a time and
     * {@code progress} with the number of records read so far after each batch.
     *
     * @throws FeedException when the file cannot be read at all; the message names the file and is ready to print
     */
    public FeedSummary read(Path feed, Consumer<List<Listing>> batches, LongConsumer progress) throws FeedException {
        FeedFormat format = FeedFormat.of(feed);
        String name = feed.toString();
        long read = 0, accepted = 0, rejected = 0, reported = -1;
        List<Problem> kept = new ArrayList<>();
        List<Listing> batch = new ArrayList<>(batchSize);
        try (FeedRecords records = open(feed, format, name)) {
            for (FeedRecord r = records.next(); r != null; r = records.next()) {
                read++;
                List<Problem> problems = new ArrayList<>(0);
                Listing listing = r.problem() == null ? ListingParser.parse(r.node(), name + ":" + r.line(), problems) : null;
                if (r.problem() != null) problems.add(r.problem());
                if (listing == null) {
                    rejected++;
                    for (Problem p : problems) if (kept.size() < MAX_KEPT_REJECTIONS) kept.add(p);
                    continue;
                }
                accepted++;
                batch.add(listing);
                if (batch.size() == batchSize) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                    progress.accept(read);
                    reported = read;
                }
            }
        } catch (NoSuchFileException e) {
            throw new FeedException(name + ": file not found");
        } catch (AccessDeniedException e) {
            throw new FeedException(name + ": cannot read the file (permission denied)");
        } catch (IOException e) {
            throw new FeedException(name + ": cannot read the file: " + e.getMessage());
        }
        if (!batch.isEmpty()) batches.accept(List.copyOf(batch));
        if (read != reported || read == 0) progress.accept(read);
        return new FeedSummary(name, read, accepted, rejected, kept);
    }

    private static FeedRecords open(Path feed, FeedFormat format, String name) throws IOException, FeedException {
        // InputStreamReader replaces malformed bytes, where Files.newBufferedReader would throw mid-feed
        InputStream bytes = Files.newInputStream(feed);
        try {
            if (FeedFormat.isGzip(feed)) bytes = new GZIPInputStream(bytes, 1 << 16);
        } catch (IOException e) {
            bytes.close();
            throw new IOException("not a gzip file (" + e.getMessage() + ")", e);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
        try {
            skipByteOrderMark(in);
            return format == FeedFormat.CSV ? new CsvRecords(in, name) : new JsonLinesRecords(in, name);
        } catch (IOException | FeedException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
    }
}
