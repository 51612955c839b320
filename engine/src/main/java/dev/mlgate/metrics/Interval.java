package dev.mlgate.metrics;

/**
 * A confidence interval for a metric, or the statement that none could be computed.
 *
 * @param metric             the metric's name
 * @param direction          whether higher values are better
 * @param estimate           the metric on the original rows (NaN when it is undefined there)
 * @param lower              the lower bound (NaN only when the interval is undefined)
 * @param upper              the upper bound (NaN only when the interval is undefined)
 * @param confidence         the nominal coverage, for example 0.95
 * @param resamples          the number of resamples drawn
 * @param undefinedResamples how many resamples gave an undefined metric; the bounds use the others
 * @param seed               the seed of the random generator
 * @param method             how the interval was computed, for reports
 * @param undefinedReason    why there is no interval, or {@code null}
 */
public record Interval(String metric, Direction direction, double estimate, double lower, double upper,
                       double confidence, int resamples, int undefinedResamples, long seed, String method,
                       String undefinedReason) {

    /** @return whether the interval has bounds */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * The bound a "higher is better" gate compares with: {@link #lower()} for {@link Direction#HIGHER_IS_BETTER},
     * {@link #upper()} otherwise.
     *
     * @return the pessimistic bound
     */
    public double pessimisticBound() {
        return direction == Direction.HIGHER_IS_BETTER ? lower : upper;
    }

    @Override
    public String toString() {
        return isDefined()
                ? String.format(java.util.Locale.ROOT, "%s = %s [%s, %s] (%s%% %s, %d resamples, %d undefined, seed %d)",
                        metric, estimate, lower, upper, confidence * 100, method, resamples, undefinedResamples, seed)
                : metric + " interval undefined (" + undefinedReason + ")";
    }
}
