package dev.genuine.ingest.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Reads an image reference's bytes, within {@link ImageLimits}: a path relative to a base folder, a
 * {@code file:} URL, or an {@code http:}/{@code https:} URL fetched with a connect timeout, a timeout on the
 * headers and on the body, and a size cap. Every failure is an {@link InvalidImageException} with a printable reason.
 */
public final class ImageLoader {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):.*"); // 2+ chars: not a drive letter

    private final ImageLimits limits;
    private final HttpClient http;

    public ImageLoader(ImageLimits limits) {
        this.limits = limits;
        this.http = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public ImageLimits limits() {
        return limits;
    }

    /** True for a reference with a URL scheme ({@code file:}, {@code http:}...), false for a path. */
    public static boolean isUrl(String reference) {
        return SCHEME.matcher(reference).matches();
    }

    /** True for an {@code http:} or {@code https:} URL. */
    public static boolean isHttp(String reference) {
        String r = reference.toLowerCase(Locale.ROOT);
        return r.startsWith("http:") || r.startsWith("https:");
    }

    /** The bytes {@code reference} names; a relative path is resolved against {@code base}. */
    public byte[] load(String reference, Path base) throws InvalidImageException {
        var m = SCHEME.matcher(reference);
        if (!m.matches()) return readFile(resolve(base, reference), limits.maxBytes());
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            throw new InvalidImageException("not a valid URL: " + e.getReason());
        }
        return switch (scheme) {
            case "file" -> readFile(fileUrlPath(uri), limits.maxBytes());
            case "http", "https" -> download(uri);
            default -> throw new InvalidImageException("unsupported scheme '" + scheme + "' (use a path, file:, http: or https:)");
        };
    }

    /** {@code reference} resolved against {@code base}, or a refusal when it is no valid path here. */
    public static Path resolve(Path base, String reference) throws InvalidImageException {
        try {
            return base.resolve(reference);
        } catch (InvalidPathException e) {
            throw new InvalidImageException("not a valid path: " + e.getReason());
        }
    }

    private static Path fileUrlPath(URI uri) throws InvalidImageException {
        try {
            return Path.of(uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidImageException("not a usable file: URL (" + e.getMessage() + ")");
        }
    }

    /** A local file's bytes, refusing directories and files over {@code maxBytes} before reading them. */
    public static byte[] readFile(Path file, long maxBytes) throws InvalidImageException {
        try {
            if (Files.isDirectory(file)) throw new InvalidImageException("is a folder, not a file: " + file);
            long size = Files.size(file);
            if (size > maxBytes) throw new InvalidImageException("too large: " + size + " bytes, over the " + maxBytes + "-byte cap");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) maxBytes + 1); // the file may have grown since size()
                if (b.length > maxBytes) throw new InvalidImageException("too large: over the " + maxBytes + "-byte cap");
                return b;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidImageException("file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new InvalidImageException("unreadable (permission denied): " + file);
        } catch (IOException e) {
            throw new InvalidImageException("unreadable: " + file + " (" + e.getMessage() + ")");
        }
    }

    private byte[] download(URI uri) throws InvalidImageException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(limits.readTimeout()).GET().build();
        } catch (IllegalArgumentException e) {
            throw new InvalidImageException("not a usable URL: " + uri + " (" + e.getMessage() + ")");
        }
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new CappedBody(limits.maxBytes(), info.headers().firstValueAsLong("content-length").orElse(-1), limits.readTimeout())
                : HttpResponse.BodySubscribers.replacing(null));
        // a safety net only: the request's timeout bounds the headers, CappedBody's the body
        long waitMillis = limits.connectTimeout().plus(limits.readTimeout().multipliedBy(2)).toMillis() + 1_000;
        try {
            HttpResponse<byte[]> response = future.get(waitMillis, TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 != 2) throw new InvalidImageException("HTTP " + response.statusCode() + " from " + uri);
            return response.body();
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InvalidImageException("timed out after " + limits.readTimeout().toMillis() + " ms reading " + uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidImageException("interrupted while reading " + uri);
        } catch (ExecutionException e) {
            throw new InvalidImageException(networkReason(e.getCause(), uri));
        }
    }

    private String networkReason(Throwable cause, URI uri) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) return t.getMessage() + " (" + uri + ")";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + limits.connectTimeout().toMillis() + " ms to " + uri;
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timed out after " + limits.readTimeout().toMillis() + " ms reading " + uri;
        }
        if (cause instanceof ConnectException) return "connection refused: " + uri;
        if (cause == null) return "network error reading " + uri;
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "network error reading " + uri + " (" + detail + ")";
    }
}
