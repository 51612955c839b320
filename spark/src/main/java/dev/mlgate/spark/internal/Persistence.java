package dev.mlgate.spark.internal;

import java.util.Locale;

/**
 * Whether a suite that runs several Spark jobs persists its parsed columns first
 * ({@code mlgate.spark.persist}): {@code none} (default) re-reads and re-parses the input in each job and
 * computes every scalar metric in one aggregation; {@code disk} writes the parsed columns to the
 * executors' local disk once, every job reads them, and the scalar metrics run as several compiled
 * aggregations. {@code disk} saves the re-reading on data the executors' memory handles comfortably,
 * but building the columnar cache ran a 1 GiB {@code local[*]} JVM out of heap on 50,000,000 rows, so it
 * is not the default.
 */
enum Persistence {
    NONE, DISK;

    /** Configuration key. */
    static final String KEY = "mlgate.spark.persist";

    static Persistence parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "disk" -> DISK;
            default -> throw new IllegalArgumentException(KEY + " = '" + text + "': expected none or disk");
        };
    }
}
