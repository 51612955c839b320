package dev.mlgate.history;

/** A metrics repository could not be opened, read or written; the message names its location and why. */
public final class MetricsRepositoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MetricsRepositoryException(String message) {
        super(message);
    }

    public MetricsRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
