package dev.genuine.ingest.image;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on an image before genuine accepts it: the most bytes read, the most pixels and the longest side a
 * header may declare (a decompression bomb is refused by its header), and the network timeouts. The read
 * timeout bounds the wait for the response headers and, again, the whole body, so a server trickling bytes
 * cannot hold a feed.
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxSide, Duration connectTimeout, Duration readTimeout) {
    /** 20 MB, 40 megapixels, 20,000 px a side, 5 s to connect, 30 s to read. */
    public static final ImageLimits DEFAULT =
            new ImageLimits(20L << 20, 40_000_000L, 20_000, Duration.ofSeconds(5), Duration.ofSeconds(30));

    public ImageLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        if (maxPixels <= 0 || maxSide <= 0) throw new IllegalArgumentException("maxPixels and maxSide must be positive");
    }

    public ImageLimits withTimeouts(Duration connect, Duration read) {
        return new ImageLimits(maxBytes, maxPixels, maxSide, connect, read);
    }

    public ImageLimits withMaxBytes(long bytes) {
        return new ImageLimits(bytes, maxPixels, maxSide, connectTimeout, readTimeout);
    }
}
