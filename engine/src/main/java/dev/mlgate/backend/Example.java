package dev.mlgate.backend;

import dev.mlgate.data.internal.Texts;

/**
 * One example violation, as a failure message and the report show it.
 *
 * @param row 1-based data row (the header is not a row), within {@code file} when that is set
 * @param line 1-based physical line the row starts on, or 0 when unknown (in-memory data, binary formats)
 * @param value the offending value as read, or null for a missing value; cut to {@link Texts#MAX_SHOWN}
 *              characters, so a huge value is never kept nor shown whole
 * @param length the length of the value as read
 * @param file the part file the row is in, for a dataset of several files; null for a single file
 */
public record Example(long row, long line, String value, int length, String file) {

    /** Cuts the value. */
    public Example {
        value = value == null ? null : Texts.cut(value);
    }

    /** An example of a dataset of one file. */
    public Example(long row, long line, String value, int length) {
        this(row, line, value, length, null);
    }

    /** An example of a value as read. */
    public Example(long row, long line, String value) {
        this(row, line, value, value == null ? 0 : value.length());
    }

    /** An example whose line is unknown. */
    public Example(long row, String value) {
        this(row, 0, value);
    }

    /** {@code 'value'}, or {@code 'first characters…' (N characters)} when it was cut; null when missing. */
    public String quoted() {
        return value == null ? null : Texts.quoteVerbatim(value, length);
    }

    /** The value, followed by {@code … (N characters)} when it was cut; null when missing. */
    public String shown() {
        return value == null ? null : Texts.shortened(value, length);
    }
}
