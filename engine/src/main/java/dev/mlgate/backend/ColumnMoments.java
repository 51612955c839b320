package dev.mlgate.backend;

/**
 * The result of {@link MetricRequest.Moments}.
 *
 * @param count values taken into account (non-null, readable, not NaN)
 * @param nanCount NaN values left out
 * @param mean their mean (meaningless when count is 0): exact for integral and boolean values (their exact
 *     sum divided once), else Welford's streaming mean in row order
 * @param squaredDeviations the sum of squared deviations from the mean (Welford, in row order)
 * @param min the smallest value
 * @param max the largest value
 * @param sum their sum: exact for integral and boolean values, else compensated (Neumaier)
 */
public record ColumnMoments(long count, long nanCount, double mean, double squaredDeviations, double min,
        double max, double sum) {

    /** Standard deviation with divisor {@code count - ddof}; NaN when {@code count <= ddof}. */
    public double standardDeviation(int ddof) {
        return count > ddof ? Math.sqrt(squaredDeviations / (count - ddof)) : Double.NaN;
    }
}
