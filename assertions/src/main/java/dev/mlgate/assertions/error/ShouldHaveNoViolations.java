package dev.mlgate.assertions.error;

import dev.mlgate.contract.Violations;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Values of a column, or rows of a table, violated a constraint more often than tolerated: the message
 * gives the count, the share and the first violations with their 1-based row numbers.
 */
public class ShouldHaveNoViolations extends MlErrorMessageFactory {

    /**
     * @param actual the column or table, described
     * @param expectation what was expected, such as {@code all values between 0.0 and 120.0}
     * @param mostly the least share of conforming values that passes (1 when strict)
     * @param allowedViolations the number of violations that passes whatever the share (0 when strict)
     * @param found the violations, with the examples to show
     * @param checked what was checked, such as {@code non-missing values}
     * @param verb what the violating ones did, such as {@code were outside the range}
     * @param quoted whether to quote example values (text columns)
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveNoViolations(String actual, String expectation, double mostly,
            long allowedViolations, Violations found, String checked, String verb, boolean quoted) {
        String examples = found.examples().isEmpty() ? "" : ":" + Render.examples(found, quoted);
        return new ShouldHaveNoViolations("%nExpecting actual:%n  %s%nto have %s%s,%nbut %s of %s %s (%s) %s%s",
                actual, expectation, Render.tolerance(mostly, allowedViolations), Long.toString(found.violations()),
                Long.toString(found.checked()), checked, Render.percent(found.share()), verb, examples);
    }

    private ShouldHaveNoViolations(String format, String... arguments) {
        super(format, arguments);
    }
}
