package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.Quantiles;
import java.util.Arrays;

/**
 * Counts of a reference and a current sample over shared bins, for drift charts.
 *
 * <p>{@link #of(double[], double[], int)} uses <b>equal-width</b> bins over the <b>pooled</b> range
 * {@code [min, max]} of both samples, so both samples are fully visible on one axis. The edges are
 * those of {@code numpy.linspace(min, max, bins + 1)}; bins are half-open {@code [e_i, e_{i+1})}
 * except the last, which is closed, exactly as {@code numpy.histogram(x, bins=edges)} counts. If all
 * pooled values are equal to {@code c}, the range is {@code [c - 0.5, c + 0.5]}, as NumPy does.
 *
 * @param edges bin edges, ascending, {@code bins + 1} of them
 * @param referenceCounts reference values per bin
 * @param currentCounts current values per bin
 */
public record Histogram(double[] edges, long[] referenceCounts, long[] currentCounts) {

    /** Default number of bins for a chart. */
    public static final int DEFAULT_BINS = 20;

    /** Copies the arrays and checks their lengths. */
    public Histogram {
        edges = edges.clone();
        referenceCounts = referenceCounts.clone();
        currentCounts = currentCounts.clone();
        if (referenceCounts.length != edges.length - 1 || currentCounts.length != edges.length - 1) {
            throw new IllegalArgumentException("a histogram with " + edges.length + " edges needs "
                    + (edges.length - 1) + " counts per sample");
        }
    }

    /** Equal-width histogram of both samples over their pooled range; see the class comment. */
    public static Histogram of(double[] reference, double[] current, int bins) {
        Checks.requireSample(reference, "reference");
        Checks.requireSample(current, "current");
        requireBins(bins);
        return of(SortedSample.sorting(reference.clone()), SortedSample.sorting(current.clone()), bins);
    }

    /** {@link #of(double[], double[], int)} of two samples sorted once for several methods. */
    public static Histogram of(SortedSample reference, SortedSample current, int bins) {
        double[] ref = SortedSample.sorted(reference, "reference");
        double[] cur = SortedSample.sorted(current, "current");
        requireBins(bins);
        double lo = Math.min(ref[0], cur[0]);
        double hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + lo;
        }
        edges[bins] = hi;
        return new Histogram(edges, count(ref, edges), count(cur, edges));
    }

    /** {@link #of(SortedSample, SortedSample, int)} with {@value #DEFAULT_BINS} bins. */
    public static Histogram of(SortedSample reference, SortedSample current) {
        return of(reference, current, DEFAULT_BINS);
    }

    private static void requireBins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, but was " + bins);
        }
    }

    /** {@link #of(double[], double[], int)} with {@value #DEFAULT_BINS} bins. */
    public static Histogram of(double[] reference, double[] current) {
        return of(reference, current, DEFAULT_BINS);
    }

    private static long[] count(double[] sorted, double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (int i = 0; i < bins; i++) {
            int from = Quantiles.countBelow(sorted, edges[i]);
            int to = i == bins - 1 ? Quantiles.countAtMost(sorted, edges[bins]) : Quantiles.countBelow(sorted, edges[i + 1]);
            counts[i] = to - from;
        }
        return counts;
    }

    /** Number of bins. */
    public int bins() {
        return edges.length - 1;
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] referenceCounts() {
        return referenceCounts.clone();
    }

    @Override
    public long[] currentCounts() {
        return currentCounts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram that
                && Arrays.equals(edges, that.edges)
                && Arrays.equals(referenceCounts, that.referenceCounts)
                && Arrays.equals(currentCounts, that.currentCounts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(edges) + Arrays.hashCode(referenceCounts)) + Arrays.hashCode(currentCounts);
    }

    @Override
    public String toString() {
        return "Histogram[edges=" + Arrays.toString(edges) + ", referenceCounts=" + Arrays.toString(referenceCounts)
                + ", currentCounts=" + Arrays.toString(currentCounts) + "]";
    }
}
