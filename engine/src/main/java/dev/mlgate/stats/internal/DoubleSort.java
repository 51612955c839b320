package dev.mlgate.stats.internal;

import java.util.Arrays;

/**
 * Sorts a {@code double[]} into exactly the order {@link Arrays#sort(double[])} gives, faster on large
 * arrays: a least-significant-digit radix sort of the values' {@link DoubleOrder} keys, 11 bits a pass,
 * skipping the passes whose digit is the same in every value (the low bits of whole numbers, the high
 * bits of values in a narrow range). Equal keys are equal bit patterns, so the result cannot differ
 * from the comparison sort's. Small arrays, and arrays holding a NaN (whose order is the JDK's to
 * define), go to {@link Arrays#sort(double[])} itself; an array already in order is left as it is.
 */
public final class DoubleSort {

    /** Below this length the comparison sort is as fast as the radix sort's passes. */
    static final int RADIX_THRESHOLD = 1 << 12;
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private DoubleSort() {
    }

    /** Sorts {@code values} in place, ascending, as {@link Arrays#sort(double[])} does. */
    public static void sort(double[] values) {
        if (values.length < RADIX_THRESHOLD) {
            Arrays.sort(values);
            return;
        }
        boolean sorted = true;
        long previous = Long.MIN_VALUE;
        for (double value : values) {
            if (value != value) {
                Arrays.sort(values);
                return;
            }
            long key = DoubleOrder.key(value);
            sorted &= key >= previous;
            previous = key;
        }
        if (!sorted) {
            radixSort(values);
        }
    }

    /** Whether {@code values} hold no NaN and are in the order {@link #sort(double[])} would give them. */
    public static boolean isSorted(double[] values) {
        long previous = Long.MIN_VALUE;
        for (double value : values) {
            long key = DoubleOrder.key(value);
            if (value != value || key < previous) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    private static void radixSort(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            // the sign bit flipped: unsigned digits then order the keys as signed longs
            long key = DoubleOrder.key(values[i]) ^ Long.MIN_VALUE;
            keys[i] = key;
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][(int) (key >>> (pass * BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] from = keys;
        long[] to = new long[n];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * BITS;
            int[] count = counts[pass];
            if (count[(int) (from[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue;
            }
            int offset = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = offset;
                offset += c;
            }
            for (int i = 0; i < n; i++) {
                long key = from[i];
                to[count[(int) (key >>> shift) & (BUCKETS - 1)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        for (int i = 0; i < n; i++) {
            values[i] = DoubleOrder.value(from[i] ^ Long.MIN_VALUE);
        }
    }
}
