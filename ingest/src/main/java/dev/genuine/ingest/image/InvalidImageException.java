package dev.genuine.ingest.image;

/** An input that is not an acceptable image; the message is the reason, ready to print. */
public final class InvalidImageException extends Exception {
    public InvalidImageException(String reason) {
        super(reason, null, false, false);
    }
}
