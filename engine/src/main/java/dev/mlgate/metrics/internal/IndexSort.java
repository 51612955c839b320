package dev.mlgate.metrics.internal;

/**
 * Sorts row indices by a double key without boxing: a stable bottom-up merge sort, O(n log n).
 *
 * <p>Keys are compared with the primitive operators, so {@code -0.0} and {@code 0.0} are equal
 * (as numpy treats them). Keys must not be NaN.
 */
public final class IndexSort {

    private static final int INSERTION_RUN = 32;

    private IndexSort() {
    }

    /**
     * Row indices ordered by decreasing key; rows with equal keys keep their original order.
     *
     * @param keys the keys, none NaN
     * @return a new array holding a permutation of {@code 0 .. keys.length-1}
     */
    public static int[] descending(double[] keys) {
        int n = keys.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int lo = 0; lo < n; lo += INSERTION_RUN) {
            insertionSort(keys, a, lo, Math.min(lo + INSERTION_RUN, n));
        }
        int[] b = new int[n];
        for (int width = INSERTION_RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(keys, a, b, lo, mid, hi);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void insertionSort(double[] keys, int[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            double k = keys[v];
            int j = i - 1;
            while (j >= lo && keys[a[j]] < k) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void merge(double[] keys, int[] src, int[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || keys[src[i]] >= keys[src[j]])) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }
}
