package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A metric, or a metric's confidence interval, was undefined on the rows; the message gives the engine's reason. */
public class ShouldBeDefined extends MlErrorMessageFactory {

    /**
     * @param actual the predictions, described
     * @param metric the metric's name
     * @param reason why the engine could not compute it
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveDefinedMetric(String actual, String metric, String reason) {
        return new ShouldBeDefined("%nExpecting actual:%n  %s%nto have a defined %s,%nbut %s", actual, metric, reason);
    }

    /**
     * @param actual the interval, described
     * @param reason why the engine could not compute it
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveDefinedInterval(String actual, String reason) {
        return new ShouldBeDefined("%nExpecting actual:%n  %s%nto have a defined interval,%nbut %s", actual, reason);
    }

    private ShouldBeDefined(String format, String... arguments) {
        super(format, arguments);
    }
}
