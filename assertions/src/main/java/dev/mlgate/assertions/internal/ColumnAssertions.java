package dev.mlgate.assertions.internal;

import static dev.mlgate.assertions.error.ShouldHaveNoViolations.shouldHaveNoViolations;
import static dev.mlgate.assertions.error.ShouldHaveStatisticBetween.shouldHaveStatisticBetween;
import static dev.mlgate.assertions.error.ShouldNotDrift.shouldNotDrift;

import dev.mlgate.contract.ColumnChecks;
import dev.mlgate.contract.DriftComparison;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.contract.Violations;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AssertionInfo;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The checks behind {@link dev.mlgate.assertions.ColumnAssert}: each asks the engine's {@link ColumnChecks}
 * (the code a data contract runs) and fails with an {@code error} package message. Not for users.
 */
public final class ColumnAssertions {

    private ColumnAssertions() {
    }

    public static void hasNoMissingValues(AssertionInfo info, Column<?> column, Tolerance tolerance, int maxExamples) {
        check(info, column, tolerance, ColumnChecks.nulls(column, maxExamples), "no missing values", "values",
                "were missing");
    }

    public static void hasUniqueValues(AssertionInfo info, Column<?> column, Tolerance tolerance, int maxExamples) {
        check(info, column, tolerance, ColumnChecks.repeats(column, maxExamples), "unique values",
                "non-missing values", "held a value that occurs more than once");
    }

    public static void allBetween(AssertionInfo info, Column<?> column, double min, double max, Tolerance tolerance,
            int maxExamples) {
        check(info, column, tolerance, ColumnChecks.outOfRange(column, min, max, false, false, maxExamples),
                "all values between " + min + " and " + max, "non-missing values", "were outside the range");
    }

    public static void allIn(AssertionInfo info, Column<?> column, Collection<String> allowed, Tolerance tolerance,
            int maxExamples) {
        String shown = allowed.stream().map(value -> '"' + value + '"').collect(Collectors.joining(", ", "[", "]"));
        check(info, column, tolerance, ColumnChecks.notIn(column, Set.copyOf(allowed), maxExamples),
                "all values in " + shown, "non-missing values", "were not");
    }

    public static void allMatch(AssertionInfo info, Column<?> column, String regex, Tolerance tolerance,
            int maxExamples) {
        check(info, column, tolerance, ColumnChecks.mismatches(column, regex, maxExamples),
                "all values matching \"" + regex + "\"", "non-missing values", "did not match");
    }

    public static void lengthsBetween(AssertionInfo info, Column<?> column, int min, int max, Tolerance tolerance,
            int maxExamples) {
        check(info, column, tolerance, ColumnChecks.lengthOutOfRange(column, min, max, maxExamples),
                "all values of length between " + min + " and " + max, "non-missing values",
                "had a length outside the range");
    }

    public static void meanBetween(AssertionInfo info, Column<?> column, double min, double max) {
        statistic(info, column, "a mean", ColumnChecks.mean(column), min, max);
    }

    public static void standardDeviationBetween(AssertionInfo info, Column<?> column, int ddof, double min,
            double max) {
        String name = ddof == 1 ? "a sample standard deviation" : "a population standard deviation";
        statistic(info, column, name, ColumnChecks.standardDeviation(column, ddof), min, max);
    }

    public static void quantileBetween(AssertionInfo info, Column<?> column, double q, double min, double max) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1], got " + q);
        }
        statistic(info, column, "a " + q + "-quantile", ColumnChecks.quantile(column, q), min, max);
    }

    public static void hasNoDrift(AssertionInfo info, Column<?> column, Column<?> reference, DriftMethod method,
            double threshold) {
        DriftComparison comparison = ColumnChecks.drift(reference, column, method, threshold);
        if (comparison.isDefined() && !comparison.drifted()) {
            return;
        }
        String requested = method == DriftMethod.AUTO ? "the method chosen for it (" + comparison.method() + ")"
                : method.name();
        throw Fail.with(info, shouldNotDrift(Describe.column(column), Describe.column(reference), requested,
                comparison));
    }

    private static void statistic(AssertionInfo info, Column<?> column, String name, double value, double min,
            double max) {
        if (value >= min && value <= max) {
            return;
        }
        throw Fail.with(info, shouldHaveStatisticBetween(Describe.column(column), name, min, max, value), value,
                "[" + min + ", " + max + "]");
    }

    private static void check(AssertionInfo info, Column<?> column, Tolerance tolerance, Violations found,
            String expectation, String checked, String verb) {
        if (tolerance.tolerates(found)) {
            return;
        }
        throw Fail.with(info, shouldHaveNoViolations(Describe.column(column), expectation, tolerance.mostly(),
                tolerance.allowedViolations(), found, checked, verb, column instanceof StringColumn));
    }
}
