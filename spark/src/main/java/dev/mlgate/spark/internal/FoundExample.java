package dev.mlgate.spark.internal;

/** A failing value and the 1-based row of its file it was read from. */
record FoundExample(long row, String value) {
}
