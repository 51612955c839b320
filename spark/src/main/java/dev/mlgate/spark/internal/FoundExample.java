package dev.mlgate.spark.internal;

import dev.mlgate.backend.Example;

/**
 * A failing value and where it was read: the 1-based row within its file, and the file's name when the
 * dataset has several (part files), else null.
 */
record FoundExample(long row, String file, String value) {

    /** The example as checks and the report show it, its line known when {@code lineOffset >= 0}. */
    Example toExample(int lineOffset) {
        return new Example(row, lineOffset < 0 ? 0 : row + lineOffset, value, value == null ? 0 : value.length(), file);
    }
}
