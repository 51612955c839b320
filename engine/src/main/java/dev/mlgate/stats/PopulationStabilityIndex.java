package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.Quantiles;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Population stability index of a numeric column, with bins from the reference quantiles, or of a
 * categorical one, with a bin per category ({@link #ofCategories}).
 *
 * <p><b>Bins.</b> With {@code B} bins (default {@value #DEFAULT_BINS}), the candidate edges are the
 * reference quantiles at {@code i / B}, {@code i = 1..B-1}, by linear interpolation
 * ({@code numpy.quantile} default, type 7). Equal edges — from heavy ties in the reference — are
 * merged into one, so a tied value fills a single bin and the number of bins can be smaller than
 * {@code B}. Bins are closed on the right: {@code (-inf, e1], (e1, e2], ..., (e_last, +inf)}; the
 * outer bins are open to infinity, so every current value lands in a bin even outside the
 * reference range. A constant reference gives the two bins {@code (-inf, c]} and {@code (c, +inf)}.
 *
 * <p><b>Index.</b> With {@code r_i} and {@code c_i} the reference and current proportions per bin,
 * {@code PSI = sum_i (c_i - r_i) ln(c_i / r_i)}. A proportion below {@value #PROPORTION_FLOOR} is
 * raised to {@value #PROPORTION_FLOOR} (without renormalising the others), so that an empty bin
 * contributes a large but finite amount instead of an infinite one. The natural logarithm is used.
 * Common reading: below 0.1 stable, 0.1 to 0.25 moderate shift, above 0.25 major shift.
 *
 * <p>The reference implementation is the NumPy script
 * {@code src/test/resources/reference/stats_reference.py} (section {@code psi}), which implements
 * exactly these rules. Empty or non-finite samples are rejected with {@link IllegalArgumentException}.
 */
public final class PopulationStabilityIndex {

    /** Default number of quantile bins. */
    public static final int DEFAULT_BINS = 10;
    /** Smallest proportion used in the index; smaller proportions, including 0, are raised to it. */
    public static final double PROPORTION_FLOOR = 1e-4;

    private PopulationStabilityIndex() {
    }

    /** PSI with {@value #DEFAULT_BINS} reference-quantile bins. */
    public static PsiResult compute(double[] reference, double[] current) {
        return compute(reference, current, DEFAULT_BINS);
    }

    /** PSI with {@code bins} reference-quantile bins (before merging equal edges), {@code bins >= 2}. */
    public static PsiResult compute(double[] reference, double[] current, int bins) {
        Checks.requireSample(reference, "reference");
        Checks.requireSample(current, "current");
        requireBins(bins);
        return compute(SortedSample.sorting(reference.clone()), SortedSample.sorting(current.clone()), bins);
    }

    /** {@link #compute(double[], double[])} of two samples sorted once for several methods. */
    public static PsiResult compute(SortedSample reference, SortedSample current) {
        return compute(reference, current, DEFAULT_BINS);
    }

    /** {@link #compute(double[], double[], int)} of two samples sorted once for several methods. */
    public static PsiResult compute(SortedSample reference, SortedSample current, int bins) {
        double[] sortedRef = SortedSample.sorted(reference, "reference");
        double[] sortedCur = SortedSample.sorted(current, "current");
        requireBins(bins);
        double[] edges = edges(sortedRef, bins);
        long[] refCounts = counts(sortedRef, edges);
        long[] curCounts = counts(sortedCur, edges);
        double psi = 0.0;
        for (int i = 0; i < refCounts.length; i++) {
            double r = Math.max((double) refCounts[i] / sortedRef.length, PROPORTION_FLOOR);
            double c = Math.max((double) curCounts[i] / sortedCur.length, PROPORTION_FLOOR);
            psi += (c - r) * Math.log(c / r);
        }
        return new PsiResult(psi, edges, refCounts, curCounts);
    }

    private static void requireBins(int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, but was " + bins);
        }
    }

    /**
     * PSI of a categorical column: one bin per category seen on either side, proportions of each side's
     * total floored at {@value #PROPORTION_FLOOR} as for numbers, so a category seen on one side only
     * contributes a large but finite amount.
     *
     * @throws IllegalArgumentException if a side has no value
     */
    public static double ofCategories(Map<String, Long> reference, Map<String, Long> current) {
        long referenceTotal = total(reference, "reference");
        long currentTotal = total(current, "current");
        Set<String> categories = new LinkedHashSet<>(reference.keySet());
        categories.addAll(current.keySet());
        double psi = 0.0;
        for (String category : categories) {
            double r = Math.max((double) reference.getOrDefault(category, 0L) / referenceTotal, PROPORTION_FLOOR);
            double c = Math.max((double) current.getOrDefault(category, 0L) / currentTotal, PROPORTION_FLOOR);
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    private static long total(Map<String, Long> counts, String side) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("the " + side + " sample holds no value");
        }
        return total;
    }

    /** Distinct reference quantiles at {@code i / bins}, ascending. */
    static double[] edges(double[] sortedReference, int bins) {
        double[] distinct = new double[bins - 1];
        int count = 0;
        for (int i = 1; i < bins; i++) {
            double edge = Quantiles.ofSorted(sortedReference, (double) i / bins);
            if (count == 0 || edge > distinct[count - 1]) {
                distinct[count++] = edge;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    /** Counts per right-closed bin; bin {@code i} holds values in {@code (e_{i-1}, e_i]}. */
    static long[] counts(double[] sorted, double[] edges) {
        long[] counts = new long[edges.length + 1];
        int previous = 0;
        for (int i = 0; i < edges.length; i++) {
            int atMost = Quantiles.countAtMost(sorted, edges[i]);
            counts[i] = atMost - previous;
            previous = atMost;
        }
        counts[edges.length] = sorted.length - previous;
        return counts;
    }
}
