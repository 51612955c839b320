package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A candidate model was not significantly better than the baseline, by the test the message names. */
public class ShouldBeSignificantlyBetterThanBaseline extends MlErrorMessageFactory {

    /**
     * @param comparison both values and the direction, described
     * @param alpha the significance level
     * @param outcome the test and its result, in words
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeSignificantlyBetterThanBaseline(String comparison, double alpha,
            String outcome) {
        return new ShouldBeSignificantlyBetterThanBaseline("%nExpecting actual:%n  %s%nto be significantly better than "
                + "the baseline at alpha = %s,%nbut %s", comparison, Double.toString(alpha), outcome);
    }

    private ShouldBeSignificantlyBetterThanBaseline(String format, String... arguments) {
        super(format, arguments);
    }
}
