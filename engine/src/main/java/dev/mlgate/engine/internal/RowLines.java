package dev.mlgate.engine.internal;

import java.util.Arrays;

/**
 * The physical line of each data row of a scanned file, kept as the few rows where the distance between
 * row and line changes (a blank line or a multi-line field shifts every later row), so a message about a
 * 0-based position in a view can name the file's 1-based row and line, as contract errors do, without
 * one number per row.
 */
public final class RowLines {

    private int[] rows = new int[4];
    private long[] offsets = new long[4];
    private int size;
    private int count;

    /** Records the next data row, found on {@code line}. */
    public void add(long line) {
        long offset = line - (count + 1);
        if (size == 0 || offsets[size - 1] != offset) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            rows[size] = count;
            offsets[size] = offset;
            size++;
        }
        count++;
    }

    /** {@code line 6 (row 5)} for the 0-based position 4. */
    public String describe(int position) {
        int at = Arrays.binarySearch(rows, 0, size, position);
        int segment = at >= 0 ? at : -at - 2;
        long line = position + 1 + (segment >= 0 ? offsets[segment] : 0);
        return "line " + line + " (row " + (position + 1) + ")";
    }
}
