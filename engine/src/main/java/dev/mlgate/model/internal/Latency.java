package dev.mlgate.model.internal;

import java.util.Arrays;

/**
 * Percentiles of the wall-clock time of scoring calls, after warm-up calls that were made and discarded.
 * Each call is timed with {@link System#nanoTime()} around the runtime's scoring of one batch, which
 * includes building the input tensors and reading the outputs; percentiles are nearest-rank.
 *
 * @param rowsPerCall the rows in each call: 1 for per-row latency, the batch size for per-batch latency
 * @param warmup the calls discarded before measuring
 * @param samples the calls measured
 * @param p50 the median, in milliseconds
 * @param p95 the 95th percentile, in milliseconds
 * @param p99 the 99th percentile, in milliseconds
 */
public record Latency(int rowsPerCall, int warmup, int samples, double p50, double p95, double p99) {

    /** How the times were taken, for the report. */
    public static final String METHOD = "wall-clock System.nanoTime() around each scoring call (input tensors,"
            + " run, output decoding) after discarded warm-up calls; nearest-rank percentiles";

    static Latency of(int rowsPerCall, int warmup, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(rowsPerCall, warmup, sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    private static double rank(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The percentile {@code 50}, {@code 95} or {@code 99}, in milliseconds. */
    public double at(int percentile) {
        return switch (percentile) {
            case 50 -> p50;
            case 95 -> p95;
            case 99 -> p99;
            default -> throw new IllegalArgumentException("percentile " + percentile + " is not 50, 95 or 99");
        };
    }
}
