package dev.mlgate.stats.internal;

import java.util.Arrays;
import java.util.Comparator;

/** Midranks (average ranks of ties, 1-based), the ranking used by the fast DeLong algorithm. */
public final class Midranks {

    private Midranks() {
    }

    /** {@code rank[i]} = 1-based rank of {@code values[i]}, ties sharing the average of their ranks. */
    public static double[] of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double midrank = (start + end) / 2.0 + 1.0;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = midrank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
