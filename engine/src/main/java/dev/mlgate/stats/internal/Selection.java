package dev.mlgate.stats.internal;

import java.util.Arrays;

/**
 * The {@code k}-th smallest of an array of keys without sorting it (quickselect): expected linear time,
 * where a sort takes {@code n log n}. Three-way partitions keep heavy ties linear; after a number of
 * partitions proportional to {@code log n} without reaching {@code k}, the remaining range is sorted, so
 * no input takes more than {@code n log n}.
 */
public final class Selection {

    private static final int SMALL = 16;

    private Selection() {
    }

    /**
     * The {@code k}-th smallest key (from 0). Reorders {@code keys} so that every key before position
     * {@code k} is at most it and every key after it at least it; further selections on the same array
     * stay correct.
     *
     * @throws ArrayIndexOutOfBoundsException if {@code k} is not a position of {@code keys}
     */
    public static long select(long[] keys, int k) {
        return select(keys, k, 2 * (32 - Integer.numberOfLeadingZeros(keys.length)) + 4);
    }

    /** {@link #select(long[], int)} that sorts what is left after {@code budget} partitions. */
    static long select(long[] keys, int k, int budget) {
        if (k < 0 || k >= keys.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + k + " out of bounds for length " + keys.length);
        }
        int lo = 0;
        int hi = keys.length - 1;
        while (hi - lo > SMALL) {
            if (budget-- == 0) {
                Arrays.sort(keys, lo, hi + 1);
                return keys[k];
            }
            long pivot = medianOfThree(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
            // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i <= gt) {
                long key = keys[i];
                if (key < pivot) {
                    keys[i++] = keys[lt];
                    keys[lt++] = key;
                } else if (key > pivot) {
                    keys[i] = keys[gt];
                    keys[gt--] = key;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        Arrays.sort(keys, lo, hi + 1);
        return keys[k];
    }

    /** The smallest key in {@code keys[from, to)}, a non-empty range. */
    public static long min(long[] keys, int from, int to) {
        long min = keys[from];
        for (int i = from + 1; i < to; i++) {
            min = Math.min(min, keys[i]);
        }
        return min;
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
