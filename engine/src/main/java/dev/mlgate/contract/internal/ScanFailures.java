package dev.mlgate.contract.internal;

/**
 * The failures of a parallel scan's units, of which the first in row order is the one the
 * single-threaded scan would have thrown: the earliest batch, then row, then unit order.
 */
final class ScanFailures {

    private Failure first;
    private volatile long batch = Long.MAX_VALUE;

    synchronized void add(long batchIndex, int r, int order, Throwable cause) {
        Failure failure = new Failure(batchIndex, r, order, cause);
        if (first == null || failure.before(first)) {
            first = failure;
            batch = batchIndex;
        }
    }

    /** Whether any unit failed. */
    boolean any() {
        return batch != Long.MAX_VALUE;
    }

    /** Whether batch {@code index} comes after a failure, so it cannot change which failure is first. */
    boolean after(long index) {
        return index > batch;
    }

    synchronized Throwable first() {
        return first == null ? null : first.cause();
    }

    private record Failure(long batch, int row, int order, Throwable cause) {

        boolean before(Failure other) {
            if (batch != other.batch) {
                return batch < other.batch;
            }
            return row != other.row ? row < other.row : order < other.order;
        }
    }
}
