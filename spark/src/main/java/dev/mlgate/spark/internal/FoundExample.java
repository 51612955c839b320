package dev.mlgate.spark.internal;

import dev.mlgate.backend.Example;

/**
 * A failing value and where it was read: the 1-based row within its file, and the file's name when the
 * dataset has several (part files), else null.
 */
record FoundExample(long row, String file, String value) {

    /** The example as checks and the report show it; Spark does not report physical lines. */
    Example toExample() {
        return new Example(row, 0, value, value == null ? 0 : value.length(), file);
    }
}
