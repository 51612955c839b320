package dev.mlgate.contract.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import java.nio.file.Path;
import java.util.List;

/**
 * Consecutive rows of a parallel scan: the text of each field a computation reads (by slot), with the
 * rows' numbers. The reading thread fills a batch and hands the same one to every worker, which only
 * read it; a {@link View} shows one row as a {@link Row} to computations that take whole rows.
 */
final class Batch {

    /** Marks the end of the rows. */
    static final Batch END = new Batch(-1, 0, new int[0], List.of(), null);

    final long index;
    final String[][] fields;
    final long[] rows;
    final long[] lines;
    int size;
    private final int[] slotOf;
    private final List<String> header;
    private final Path file;

    /**
     * @param slotOf per header position, the slot its text is kept in, or -1 when no computation reads it
     */
    Batch(long index, int capacity, int[] slotOf, List<String> header, Path file) {
        this.index = index;
        this.slotOf = slotOf;
        this.header = header;
        this.file = file;
        int slots = 0;
        for (int slot : slotOf) {
            slots = Math.max(slots, slot + 1);
        }
        fields = new String[slots][capacity];
        rows = new long[capacity];
        lines = new long[capacity];
    }

    /** The text of the field at header position {@code column} on row {@code r} of the batch. */
    String raw(int column, int r) {
        return fields[slotOf[column]][r];
    }

    /** A view of the rows of batches, for one thread, moved with {@link View#at}. */
    static View view() {
        return new View();
    }

    /** One row of a batch, moved from row to row. */
    static final class View implements Row {

        private Batch batch;
        private int r;

        /** Moves to row {@code row} of {@code on}. */
        View at(Batch on, int row) {
            batch = on;
            r = row;
            return this;
        }

        @Override
        public int size() {
            return batch.header.size();
        }

        @Override
        public String raw(int column) {
            return batch.raw(column, r);
        }

        @Override
        public boolean isNull(int column) {
            return raw(column) == null;
        }

        @Override
        public long rowNumber() {
            return batch.rows[r];
        }

        @Override
        public long lineNumber() {
            return batch.lines[r];
        }

        @Override
        public String columnName(int column) {
            return batch.header.get(column);
        }

        @Override
        public ArtifactException error(int column, String reason) {
            return ArtifactException.atValue(batch.file, batch.lines[r], batch.rows[r], batch.header.get(column), reason);
        }
    }
}
