package dev.mlgate.contract.internal;

import dev.mlgate.data.Row;
import dev.mlgate.data.internal.CharRow;
import java.nio.file.Path;
import java.util.List;

/** The reading side of a {@link ParallelScan}: copies the characters of the fields the units read into batches and hands them on. */
final class Reader {

    /** Thrown out of the file's scan once a unit failed: later rows cannot change the outcome. */
    static final RuntimeException STOP = new RuntimeException("stopped after a failure", null, false, false) { };

    private final int[] slotColumns;
    private final int[] slotOf;
    private final List<String> header;
    private final PartRows parts;
    private final Path file;
    private final List<ParallelScan.Worker> workers;
    private final ScanFailures failures;
    private Batch batch;

    Reader(ContractScan scan, ScanUnits layout, List<ParallelScan.Worker> workers, ScanFailures failures) {
        this.slotColumns = layout.slotColumns;
        this.slotOf = layout.slotOf;
        this.header = scan.header;
        this.parts = scan.parts;
        this.file = scan.source.file();
        this.workers = workers;
        this.failures = failures;
        this.batch = newBatch(0, 0);
    }

    void visit(Row row) {
        parts.observe(row);
        Batch current = batch;
        int n = current.size;
        if (row instanceof CharRow chars) {
            char[] buffer = chars.chars();
            for (int s = 0; s < slotColumns.length; s++) {
                int column = slotColumns[s];
                current.put(s, n, buffer, chars.start(column), chars.length(column));
            }
        } else {
            for (int s = 0; s < slotColumns.length; s++) {
                current.put(s, n, row.raw(slotColumns[s]));
            }
        }
        current.rows[n] = row.rowNumber();
        current.lines[n] = row.lineNumber();
        current.size = n + 1;
        if (current.size == ParallelScan.BATCH_ROWS) {
            hand(current);
            batch = newBatch(current.index + 1, current.used());
        }
    }

    /** Hands on the last, partial batch. */
    void flush() {
        if (batch.size > 0) {
            hand(batch);
            batch = newBatch(batch.index + 1, batch.used());
        }
    }

    /** {@link #flush()} after the file's scan failed; a failed unit or an interruption ends it silently. */
    void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            if (e != STOP && !(e instanceof Interrupted)) {
                throw e;
            }
        }
    }

    private void hand(Batch full) {
        if (failures.any()) {
            throw STOP;
        }
        for (ParallelScan.Worker worker : workers) {
            try {
                worker.queue.put(full);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Interrupted();
            }
        }
    }

    /** A batch with room for a little more than {@code previous} characters, the last batch's. */
    private Batch newBatch(long index, int previous) {
        return new Batch(index, ParallelScan.BATCH_ROWS, slotOf, header, file, Math.max(1024, previous + previous / 4));
    }

    /** The reading thread was interrupted: the scan ends without a result. */
    static final class Interrupted extends IllegalStateException {

        Interrupted() {
            super("the scan was interrupted");
        }
    }
}
