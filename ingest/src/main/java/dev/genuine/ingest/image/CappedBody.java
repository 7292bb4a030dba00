package dev.genuine.ingest.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP body collected into memory that gives up (and cancels the download) once it passes a byte cap or takes
 * longer than its timeout, so neither a huge nor a trickling body can hold the feed.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** Thrown into the body's future when the cap is passed; its message is ready to print. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message, null);
        }
    }

    private final long cap;
    private final long declaredLength;
    private final Duration timeout;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap, long declaredLength, Duration timeout) {
        this.cap = cap;
        this.declaredLength = declaredLength;
        this.timeout = timeout;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((body, failure) -> {
            if (failure != null) s.cancel(); // stop downloading a body nobody waits for any more
        });
        if (declaredLength > cap) { // refuse by Content-Length without downloading anything
            fail("declares " + declaredLength + " bytes");
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > cap) {
                fail("sent more than " + cap + " bytes");
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    private void fail(String what) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge("too large: the server " + what + ", over the " + cap + "-byte cap"));
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
