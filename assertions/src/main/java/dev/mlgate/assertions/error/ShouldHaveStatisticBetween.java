package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A column's statistic (mean, standard deviation, quantile) lay outside the expected range, or had no value. */
public class ShouldHaveStatisticBetween extends MlErrorMessageFactory {

    /**
     * @param column the column, described
     * @param statistic the statistic with its article, such as {@code a mean}
     * @param min the least value allowed
     * @param max the largest value allowed
     * @param actual the statistic's value; NaN when the column has no non-missing value
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveStatisticBetween(String column, String statistic, double min,
            double max, double actual) {
        String outcome = Double.isNaN(actual) ? "it is undefined: the column has no non-missing value"
                : "it was " + actual;
        return new ShouldHaveStatisticBetween("%nExpecting actual:%n  %s%nto have %s between %s and %s,%nbut %s",
                column, statistic, Double.toString(min), Double.toString(max), outcome);
    }

    private ShouldHaveStatisticBetween(String format, String... arguments) {
        super(format, arguments);
    }
}
