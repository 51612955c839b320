package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;

/**
 * Welford's streaming algorithm for the mean and the sum of squared deviations, numerically stable
 * in one pass, plus minimum and maximum. NaN values are counted and left out, as pandas does.
 */
final class MomentsAccumulator implements Accumulator {

    private long count;
    private long nanCount;
    private double mean;
    private double squaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    @Override
    public void accept(ColumnValue value) {
        if (value.state != State.VALUE) {
            return;
        }
        double x = value.number;
        if (Double.isNaN(x)) {
            nanCount++;
            return;
        }
        count++;
        double delta = x - mean;
        mean += delta / count;
        squaredDeviations += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    @Override
    public Moments result() {
        return new Moments(count, nanCount, mean, squaredDeviations, min, max);
    }

    /**
     * The moments of a column's values.
     *
     * @param count values taken into account
     * @param nanCount NaN values left out
     * @param mean their mean (meaningless when count is 0)
     * @param squaredDeviations the sum of squared deviations from the mean
     * @param min the smallest value
     * @param max the largest value
     */
    record Moments(long count, long nanCount, double mean, double squaredDeviations, double min, double max) {

        /** Standard deviation with divisor {@code count - ddof}; NaN when {@code count <= ddof}. */
        double standardDeviation(int ddof) {
            return count > ddof ? Math.sqrt(squaredDeviations / (count - ddof)) : Double.NaN;
        }
    }
}
