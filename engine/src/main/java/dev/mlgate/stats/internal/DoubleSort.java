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

    /** Below this length the comparison sort, which needs no buffers, is used: the passes would not pay. */
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

    /**
     * The passes whose digit varies, each a stable scatter by one digit: the first reads the values
     * (making their keys on the way), the last writes the values back (from their keys).
     */
    private static void radixSort(double[] values) {
        int n = values.length;
        int[][] counts = new int[PASSES][BUCKETS];
        for (double value : values) {
            long key = unsignedKey(value);
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][digit(key, pass)]++;
            }
        }
        long some = unsignedKey(values[0]);
        int[] active = new int[PASSES];
        int passes = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            if (counts[pass][digit(some, pass)] != n) {
                active[passes++] = pass;
                int offset = 0;
                for (int b = 0; b < BUCKETS; b++) {
                    int c = counts[pass][b];
                    counts[pass][b] = offset;
                    offset += c;
                }
            }
        }
        // unsorted values differ in some digit, so there is at least one pass
        long[] from = new long[n];
        int[] first = counts[active[0]];
        for (double value : values) {
            long key = unsignedKey(value);
            from[first[digit(key, active[0])]++] = key;
        }
        long[] to = passes > 2 ? new long[n] : null;
        for (int p = 1; p < passes - 1; p++) {
            int[] offsets = counts[active[p]];
            for (long key : from) {
                to[offsets[digit(key, active[p])]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (passes == 1) {
            for (int i = 0; i < n; i++) {
                values[i] = DoubleOrder.value(from[i] ^ Long.MIN_VALUE);
            }
            return;
        }
        int[] last = counts[active[passes - 1]];
        for (long key : from) {
            values[last[digit(key, active[passes - 1])]++] = DoubleOrder.value(key ^ Long.MIN_VALUE);
        }
    }

    /** The key with its sign bit flipped: unsigned digits then order the keys as signed longs. */
    private static long unsignedKey(double value) {
        return DoubleOrder.key(value) ^ Long.MIN_VALUE;
    }

    private static int digit(long key, int pass) {
        return (int) (key >>> (pass * BITS)) & (BUCKETS - 1);
    }
}
