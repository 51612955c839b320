package dev.mlgate.assertions.error;

import dev.mlgate.contract.DriftComparison;
import org.assertj.core.error.ErrorMessageFactory;

/** A column drifted from its reference, or the comparison could not decide. */
public class ShouldNotDrift extends MlErrorMessageFactory {

    /**
     * @param column the column, described
     * @param reference the reference column, described
     * @param requested the method asked for, in words (AUTO included)
     * @param comparison the engine's comparison
     * @return the factory
     */
    public static ErrorMessageFactory shouldNotDrift(String column, String reference, String requested,
            DriftComparison comparison) {
        String outcome = comparison.isDefined()
                ? "it drifted: " + comparison.summary() + String.format("%n(") + comparison.choice() + ")"
                : "the comparison is undefined: " + comparison.undefinedReason();
        return new ShouldNotDrift("%nExpecting actual:%n  %s%nnot to drift from the reference%n  %s%nby %s,%nbut %s",
                column, reference, requested, outcome);
    }

    private ShouldNotDrift(String format, String... arguments) {
        super(format, arguments);
    }
}
