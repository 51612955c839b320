package dev.mlgate.quality;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * A fairness gate: the largest difference of the gate's metric between the slices of one column,
 * {@code max - min} over the slices with at least the minimum slice size, must be at most
 * {@code value}. Slices below the minimum size ({@link Slices#minSize()}, else the configuration
 * parameter {@code mlgate.slices.min-size}) and slices on which the metric is undefined are left out and
 * listed in the message; with fewer than two slices left the gate is inconclusive.
 *
 * <p>With a method returning the positive-prediction rate at a threshold this is fairlearn's
 * {@code demographic_parity_difference}; with recall (the true positive rate) it is the
 * equal-opportunity difference ({@code true_positive_rate_difference}):
 *
 * <pre>{@code
 * @MaxSliceGap(value = 0.10, slice = "segment")
 * double positiveRate(BinaryScores s) {
 *     ThresholdMetrics at = s.at(0.5);
 *     return (double) (at.tp() + at.fp()) / at.total();
 * }
 * }</pre>
 *
 * The slice column need not be listed in {@link Slices}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Testable
public @interface MaxSliceGap {

    /** The largest acceptable difference between the best and the worst slice, at least 0. */
    double value();

    /** The column whose values are the slices. */
    String slice();
}
