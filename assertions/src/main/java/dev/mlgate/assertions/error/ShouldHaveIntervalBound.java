package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A confidence interval's bound or width missed its threshold. */
public class ShouldHaveIntervalBound extends MlErrorMessageFactory {

    /**
     * @param interval the interval, described
     * @param expected the least lower bound allowed
     * @param actual the lower bound
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveLowerBoundAtLeast(String interval, double expected, double actual) {
        return new ShouldHaveIntervalBound("a lower bound of at least", interval, expected, actual);
    }

    /**
     * @param interval the interval, described
     * @param expected the largest upper bound allowed
     * @param actual the upper bound
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveUpperBoundAtMost(String interval, double expected, double actual) {
        return new ShouldHaveIntervalBound("an upper bound of at most", interval, expected, actual);
    }

    /**
     * @param interval the interval, described
     * @param expected the largest width allowed
     * @param actual the width, upper minus lower bound
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveWidthAtMost(String interval, double expected, double actual) {
        return new ShouldHaveIntervalBound("a width of at most", interval, expected, actual);
    }

    private ShouldHaveIntervalBound(String expectation, String interval, double expected, double actual) {
        super("%nExpecting actual:%n  %s%nto have %s %s,%nbut it was %s", interval, expectation,
                Double.toString(expected), Double.toString(actual));
    }
}
