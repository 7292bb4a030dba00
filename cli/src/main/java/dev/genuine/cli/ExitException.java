package dev.genuine.cli;

/** Thrown by a command to stop with a clear message and an exit status; {@link Main} turns it into both. */
public class ExitException extends RuntimeException {
    private final int status;

    public ExitException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ExitException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
