package dev.mlgate.benchmarks;

/** The {@code segment} column of the benchmark data: an enum column is checked against its constants. */
public enum Segment {
    A, B, C, D
}
