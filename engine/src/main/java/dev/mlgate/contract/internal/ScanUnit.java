package dev.mlgate.contract.internal;

/**
 * One share of a parallel scan's work that must see every row in order: a column with its accumulators
 * and sample, the row rules, a row metric, the table. Units are dealt to worker threads whole, so each
 * accumulator is fed by one thread in row order, exactly as in the single-threaded scan.
 *
 * @param order its place in the single-threaded scan's work on a row, which decides which failure is
 *     reported when several units fail
 * @param cost a rough relative cost per row, to balance the workers
 * @param work what it does with row {@code r} of a batch
 */
record ScanUnit(int order, int cost, Work work) {

    /** The unit's work on one row. */
    interface Work {
        void accept(Batch batch, int r);
    }
}
