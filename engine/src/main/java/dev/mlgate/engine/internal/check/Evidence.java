package dev.mlgate.engine.internal.check;

import dev.mlgate.backend.Example;
import java.util.List;
import java.util.Map;

/**
 * What a check observed, kept for the report: observed value and expectation, optional interval and
 * p-values, example violations, and named extra values (such as per-class counts). Every field but
 * {@code expected} may be absent.
 *
 * @param metric name of the measured quantity, such as {@code ROC AUC} or {@code null count}
 * @param observed the measured value, or NaN when none
 * @param expected the requirement in words, such as {@code >= 0.85}
 * @param interval lower and upper bound of a confidence interval, or null
 * @param pValue raw p-value, or NaN
 * @param adjustedPValue multiplicity-adjusted p-value, or NaN
 * @param examples example violations with their 1-based row numbers
 * @param details further named values, in a stable order
 */
public record Evidence(
        String metric,
        double observed,
        String expected,
        double[] interval,
        double pValue,
        double adjustedPValue,
        List<Example> examples,
        Map<String, Object> details) {

    public Evidence {
        examples = examples == null ? List.of() : List.copyOf(examples);
        details = details == null ? Map.of() : details;
    }

    /** Evidence of a measured value against an expectation. */
    public static Evidence of(String metric, double observed, String expected) {
        return new Evidence(metric, observed, expected, null, Double.NaN, Double.NaN, List.of(), Map.of());
    }

    /** A copy with the given example violations. */
    public Evidence withExamples(List<Example> newExamples) {
        return new Evidence(metric, observed, expected, interval, pValue, adjustedPValue, newExamples, details);
    }

    /** A copy with the given confidence interval. */
    public Evidence withInterval(double lower, double upper) {
        return new Evidence(metric, observed, expected, new double[] {lower, upper}, pValue, adjustedPValue,
                examples, details);
    }

    /** A copy with the given raw and adjusted p-values. */
    public Evidence withPValues(double raw, double adjusted) {
        return new Evidence(metric, observed, expected, interval, raw, adjusted, examples, details);
    }

    /** A copy with the given extra values. */
    public Evidence withDetails(Map<String, Object> newDetails) {
        return new Evidence(metric, observed, expected, interval, pValue, adjustedPValue, examples, newDetails);
    }

}
