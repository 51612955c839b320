package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.DoubleSort;

/**
 * A sample of finite values, checked and sorted once, so that several drift methods can compare the same
 * two samples without each copying, checking and sorting them again: {@link KolmogorovSmirnov},
 * {@link Wasserstein}, {@link PopulationStabilityIndex} and {@link Histogram} all take it. Every method
 * gives the same result on it as on the unsorted array, except that {@link Wasserstein#normalized(
 * SortedSample, SortedSample)} sums the reference for its standard deviation in ascending order (the
 * last bits of the normalised distance may differ from those of the unsorted array's).
 *
 * <p>Immutable: it keeps its own sorted copy of the values.
 */
public final class SortedSample {

    private final double[] sorted;

    private SortedSample(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * Checks and sorts a copy of {@code sample}.
     *
     * @param sample the values, in any order
     * @param name how a failure names the sample, such as {@code "reference"}
     * @throws IllegalArgumentException if the sample is null, empty, or holds a NaN or infinite value
     */
    public static SortedSample of(double[] sample, String name) {
        Checks.requireSample(sample, name);
        return sorting(sample.clone());
    }

    /** Sorts {@code values} in place and keeps them; the caller has checked them and gives them up. */
    static SortedSample sorting(double[] values) {
        DoubleSort.sort(values);
        return new SortedSample(values);
    }

    /** Number of values. */
    public int size() {
        return sorted.length;
    }

    /** The smallest value. */
    public double min() {
        return sorted[0];
    }

    /** The largest value. */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The values in ascending order (a copy). */
    public double[] values() {
        return sorted.clone();
    }

    /** The sorted values themselves, for the methods of this package, which only read them. */
    static double[] sorted(SortedSample sample, String name) {
        if (sample == null) {
            throw new IllegalArgumentException(name + " sample must not be null");
        }
        return sample.sorted;
    }
}
