package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.ColumnAssertions;
import dev.mlgate.assertions.internal.Tolerance;
import dev.mlgate.contract.DriftMethod;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * Assertions on one Tablesaw column: missing values, uniqueness, ranges, allowed values, patterns,
 * lengths, statistics and drift from a reference column, each computed by the engine's
 * {@link dev.mlgate.contract.ColumnChecks} with a data contract's rules (value checks ignore missing
 * values; NaN counts as missing; row numbers in messages are 1-based positions).
 *
 * <p><b>Tolerance.</b> Every value check is strict unless {@link #mostly(double)} or
 * {@link #allowingViolations(long)} comes right before it; a tolerance applies to the <em>next</em> value
 * check only, then the column is strict again. With both, the check passes when either holds.
 *
 * <pre><code class='java'>
 * assertThat(emails).mostly(0.99).allMatch("^[^@\\s]+@[^@\\s]+$").hasNoMissingValues();
 * </code></pre>
 */
public class ColumnAssert extends AbstractMlAssert<ColumnAssert, Column<?>> {

    /** How many offending values a failure message lists unless {@link #withMaxExamples(int)} says otherwise. */
    public static final int DEFAULT_MAX_EXAMPLES = 20;

    private int maxExamples = DEFAULT_MAX_EXAMPLES;
    private Tolerance tolerance = Tolerance.STRICT;

    /**
     * Made by {@link MlAssertions#assertThat(Column)}; public for soft assertions' proxies.
     *
     * @param actual the column
     */
    public ColumnAssert(Column<?> actual) {
        super(actual, ColumnAssert.class);
    }

    static int checkedMaxExamples(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the number of examples must be at least 0, got " + count);
        }
        return count;
    }

    /**
     * Lists at most {@code count} offending values, with their row numbers, in failure messages (default 20).
     * <p>Example: {@code assertThat(age).withMaxExamples(5).allBetween(0, 120);}
     *
     * @param count the number of examples, at least 0
     * @return this assertion
     */
    public ColumnAssert withMaxExamples(int count) {
        maxExamples = checkedMaxExamples(count);
        return myself;
    }

    /**
     * Lets the next value check pass when at least this share of the values it checks conforms.
     * <p>Example: {@code assertThat(email).mostly(0.995).allMatch("@");}
     *
     * @param share the least share of conforming values, in (0, 1]
     * @return this assertion
     */
    public ColumnAssert mostly(double share) {
        tolerance = tolerance.withMostly(share);
        return myself;
    }

    /**
     * Lets the next value check pass with at most this many violations.
     * <p>Example: {@code assertThat(age).allowingViolations(3).allBetween(0, 120);}
     *
     * @param count the violations allowed, at least 0
     * @return this assertion
     */
    public ColumnAssert allowingViolations(long count) {
        tolerance = tolerance.withAllowedViolations(count);
        return myself;
    }

    private Tolerance takeTolerance() {
        Tolerance next = tolerance;
        tolerance = Tolerance.STRICT;
        return next;
    }

    /**
     * Verifies no cell is missing (null, or NaN in a numeric column). A value check.
     * <p>Example: {@code assertThat(customerId).hasNoMissingValues();}
     *
     * @return this assertion
     */
    public ColumnAssert hasNoMissingValues() {
        isNotNull();
        ColumnAssertions.hasNoMissingValues(info, actual, takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies no non-missing value occurs more than once; every row of a repeated value, the first
     * included, violates (as a contract's {@code @Unique}). A value check.
     * <p>Example: {@code assertThat(customerId).hasUniqueValues();}
     *
     * @return this assertion
     */
    public ColumnAssert hasUniqueValues() {
        isNotNull();
        ColumnAssertions.hasUniqueValues(info, actual, takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies every non-missing value of a numeric column lies in {@code [min, max]}. A value check.
     * <p>Example: {@code assertThat(age).allBetween(0, 120);}
     *
     * @param min the least value allowed
     * @param max the largest value allowed
     * @return this assertion
     */
    public ColumnAssert allBetween(double min, double max) {
        isNotNull();
        ColumnAssertions.allBetween(info, actual, min, max, takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies every non-missing value, as Java writes it ({@code String.valueOf}), is one of {@code allowed}.
     * A value check.
     * <p>Example: {@code assertThat(country).allIn("DE", "FR", "US");}
     *
     * @param allowed the allowed values
     * @return this assertion
     */
    public ColumnAssert allIn(Object... allowed) {
        isNotNull();
        List<String> values = Arrays.stream(allowed).map(String::valueOf).toList();
        ColumnAssertions.allIn(info, actual, new LinkedHashSet<>(values), takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies the regular expression finds a match ({@link java.util.regex.Matcher#find()}) in every non-missing
     * value; anchor it with {@code ^...$} to match whole values. A value check.
     * <p>Example: {@code assertThat(email).allMatch("^[^@\\s]+@[^@\\s]+$");}
     *
     * @param regex the regular expression
     * @return this assertion
     */
    public ColumnAssert allMatch(String regex) {
        isNotNull();
        ColumnAssertions.allMatch(info, actual, regex, takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies every non-missing value's length, in code points, lies in {@code [min, max]}. A value check.
     * <p>Example: {@code assertThat(country).lengthsBetween(2, 2);}
     *
     * @param min the least length
     * @param max the largest length
     * @return this assertion
     */
    public ColumnAssert lengthsBetween(int min, int max) {
        isNotNull();
        ColumnAssertions.lengthsBetween(info, actual, min, max, takeTolerance(), maxExamples);
        return myself;
    }

    /**
     * Verifies the mean of the non-missing values lies in {@code [min, max]}; the error carries the mean.
     * <p>Example: {@code assertThat(income).hasMeanBetween(30_000, 60_000);}
     *
     * @param min the least mean
     * @param max the largest mean
     * @return this assertion
     */
    public ColumnAssert hasMeanBetween(double min, double max) {
        isNotNull();
        ColumnAssertions.meanBetween(info, actual, min, max);
        return myself;
    }

    /**
     * Verifies the sample standard deviation (divisor n - 1, as pandas) lies in {@code [min, max]}.
     * <p>Example: {@code assertThat(age).hasStandardDeviationBetween(5, 25);}
     *
     * @param min the least standard deviation
     * @param max the largest standard deviation
     * @return this assertion
     */
    public ColumnAssert hasStandardDeviationBetween(double min, double max) {
        isNotNull();
        ColumnAssertions.standardDeviationBetween(info, actual, 1, min, max);
        return myself;
    }

    /**
     * Verifies the population standard deviation (divisor n, as numpy) lies in {@code [min, max]}.
     * <p>Example: {@code assertThat(age).hasPopulationStandardDeviationBetween(5, 25);}
     *
     * @param min the least standard deviation
     * @param max the largest standard deviation
     * @return this assertion
     */
    public ColumnAssert hasPopulationStandardDeviationBetween(double min, double max) {
        isNotNull();
        ColumnAssertions.standardDeviationBetween(info, actual, 0, min, max);
        return myself;
    }

    /**
     * Verifies the {@code q}-quantile (numpy's default linear interpolation) lies in {@code [min, max]}.
     * <p>Example: {@code assertThat(latencyMs).hasQuantileBetween(0.99, 0, 250);}
     *
     * @param q the quantile, in [0, 1]
     * @param min its least value
     * @param max its largest value
     * @return this assertion
     */
    public ColumnAssert hasQuantileBetween(double q, double min, double max) {
        isNotNull();
        ColumnAssertions.quantileBetween(info, actual, q, min, max);
        return myself;
    }

    /**
     * Verifies the column has not drifted from {@code reference}, by {@code method} at its default threshold
     * ({@link DriftMethod#AUTO} chooses as a data contract does). Undefined comparisons (a side without values) fail.
     * <p>Example: {@code assertThat(income).hasNoDriftFrom(lastMonth.column("income"), DriftMethod.KOLMOGOROV_SMIRNOV);}
     *
     * @param reference the reference column
     * @param method the test or distance
     * @return this assertion
     */
    public ColumnAssert hasNoDriftFrom(Column<?> reference, DriftMethod method) {
        return hasNoDriftFrom(reference, method, Double.NaN);
    }

    /**
     * Verifies the column has not drifted from {@code reference}, by {@code method} at {@code threshold} (a
     * p-value for tests, a distance otherwise; see {@link DriftMethod}).
     * <p>Example: {@code assertThat(income).hasNoDriftFrom(reference, DriftMethod.POPULATION_STABILITY_INDEX, 0.1);}
     *
     * @param reference the reference column
     * @param method the test or distance
     * @param threshold the threshold; NaN for the method's default
     * @return this assertion
     */
    public ColumnAssert hasNoDriftFrom(Column<?> reference, DriftMethod method, double threshold) {
        isNotNull();
        ColumnAssertions.hasNoDrift(info, actual, java.util.Objects.requireNonNull(reference, "reference"),
                java.util.Objects.requireNonNull(method, "method"), threshold);
        return myself;
    }
}
