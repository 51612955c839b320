package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A candidate model's metric was worse than the baseline's by more than the margin allowed. */
public class ShouldNotBeWorseThanBaseline extends MlErrorMessageFactory {

    /**
     * @param comparison both values and the direction, described
     * @param margin how much worse the candidate may be
     * @param worseBy how much worse it was
     * @return the factory
     */
    public static ErrorMessageFactory shouldNotBeWorseThanBaseline(String comparison, double margin, double worseBy) {
        return new ShouldNotBeWorseThanBaseline("%nExpecting actual:%n  %s%nnot to be worse than the baseline by more "
                + "than %s,%nbut it was worse by %s", comparison, Double.toString(margin), Double.toString(worseBy));
    }

    private ShouldNotBeWorseThanBaseline(String format, String... arguments) {
        super(format, arguments);
    }
}
