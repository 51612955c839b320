package dev.mlgate.contract.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive rows of a parallel scan: the characters of each field a computation reads (by slot), back
 * to back in one array, with the rows' numbers. No {@code String} is made per field: a computation parses
 * the characters in place ({@link ColumnValue}). The reading thread fills a batch and hands the same one
 * to every worker, which only read it; a {@link View} shows one row as a {@link Row} to computations that
 * take whole rows.
 */
final class Batch {

    /** Marks the end of the rows. */
    static final Batch END = new Batch(-1, 0, new int[0], List.of(), null, 0);

    final long index;
    /** The characters of the fields kept, back to back; {@link #start} and {@link #length} find one. */
    char[] chars;
    final long[] rows;
    final long[] lines;
    int size;
    private final int slots;
    /** Per row and slot ({@code r * slots + slot}): where the field starts in {@link #chars}, and its length or -1 for null. */
    private final int[] starts;
    private final int[] lengths;
    private int used;
    private final int[] slotOf;
    private final List<String> header;
    private final Path file;

    /**
     * @param slotOf per header position, the slot its text is kept in, or -1 when no computation reads it
     * @param chars the room for characters to start with; it grows as needed
     */
    Batch(long index, int capacity, int[] slotOf, List<String> header, Path file, int chars) {
        this.index = index;
        this.slotOf = slotOf;
        this.header = header;
        this.file = file;
        int count = 0;
        for (int slot : slotOf) {
            count = Math.max(count, slot + 1);
        }
        slots = count;
        starts = new int[slots * capacity];
        lengths = new int[slots * capacity];
        this.chars = new char[chars];
        rows = new long[capacity];
        lines = new long[capacity];
    }

    /** Appends the field of {@code slot} on row {@code r}: {@code from[start, start + length)}, or null for length -1. */
    void put(int slot, int r, char[] from, int start, int length) {
        int at = r * slots + slot;
        lengths[at] = length;
        if (length > 0) {
            reserve(length);
            System.arraycopy(from, start, chars, used, length);
        }
        starts[at] = used;
        used += Math.max(length, 0);
    }

    /** Appends the field of {@code slot} on row {@code r} from its text, {@code null} for a null. */
    void put(int slot, int r, String text) {
        int at = r * slots + slot;
        if (text == null) {
            lengths[at] = -1;
            starts[at] = used;
            return;
        }
        reserve(text.length());
        text.getChars(0, text.length(), chars, used);
        lengths[at] = text.length();
        starts[at] = used;
        used += text.length();
    }

    private void reserve(int length) {
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
    }

    /** How many characters the fields take, to size the next batch. */
    int used() {
        return used;
    }

    int start(int slot, int r) {
        return starts[r * slots + slot];
    }

    /** The length of the field of {@code slot} on row {@code r}, or -1 for a null. */
    int length(int slot, int r) {
        return lengths[r * slots + slot];
    }

    /** The text of the field at header position {@code column} on row {@code r} of the batch. */
    String raw(int column, int r) {
        int slot = slotOf[column];
        int length = length(slot, r);
        return length < 0 ? null : new String(chars, start(slot, r), length);
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
            return batch.length(batch.slotOf[column], r) < 0;
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
