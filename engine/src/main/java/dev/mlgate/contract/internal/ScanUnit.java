package dev.mlgate.contract.internal;

/**
 * One share of a parallel scan's work that must see every row in order: a column with its accumulators
 * and sample, the row rules, a row metric, the table. Units are dealt to worker threads whole, so each
 * accumulator is fed by one thread in row order, exactly as in the single-threaded scan.
 *
 * @param order its place in the single-threaded scan's work on a row, which decides which failure is
 *     reported when several units fail
 * @param cost a rough relative cost per row, to balance the workers
 * @param work what it does
 */
record ScanUnit(int order, int cost, Work work) {

    /** The unit's work. */
    interface Work {

        /**
         * Makes the unit's mutable state on the thread that feeds it, before the first row: state written on
         * every row then lies in that thread's allocation buffer, so units on different threads never write
         * to one cache line (false sharing would cost more than the threads gain).
         */
        default void prepare() {
        }

        /** Feeds row {@code r} of {@code batch}. */
        void accept(Batch batch, int r);

        /**
         * Completes the unit's results on the thread that fed it, after the last row and before
         * {@link #publish()}: work that needs every row but no other unit (such as sorting a drift sample)
         * then runs on the workers side by side instead of one after another on the scan's thread.
         */
        default void finish() {
        }

        /** Hands the results to the scan, on the scan's thread after every worker ended. */
        default void publish() {
        }
    }
}
