package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.lines;
import static dev.mlgate.assertions.MlAssertions.assertThat;
import static dev.mlgate.assertions.MlAssertions.then;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.mlgate.contract.DriftMethod;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Statistics pinned below are the engine's ColumnChecks on AGE (pandas parity in ColumnChecksTest): the
 * non-missing values 34, -1, 130, 45, 28 have mean 236 / 5 = 47.2, sample standard deviation 49.31227027829889,
 * population standard deviation 44.106235386847516 and 0.9-quantile 96.0 (numpy's linear interpolation:
 * 45 + 0.6 * (130 - 45)).
 */
class ColumnAssertTest {

    /** Row 3 is missing (NaN); rows 2 and 4 are outside [0, 120]. */
    private static final DoubleColumn AGE = DoubleColumn.create("age", new double[] {34, -1, Double.NaN, 130, 45, 28});
    /** Row 3 is missing (""); rows 4 and 6 are not two capital letters; rows 1 and 5 hold DE. */
    private static final StringColumn COUNTRY = StringColumn.create("country",
            List.of("DE", "FR", "", "us", "DE", "Germany"));
    private static final StringColumn CLEAN = StringColumn.create("country", List.of("DE", "FR", "US"));
    private static final DoubleColumn ONE_TO_TWENTY = DoubleColumn.create("x", IntStream.rangeClosed(1, 20).asDoubleStream());
    private static final DoubleColumn FIFTEEN_TO_34 = DoubleColumn.create("x", IntStream.rangeClosed(15, 34).asDoubleStream());

    private static String header(String column) {
        return lines("", "Expecting actual:", "  " + column);
    }

    @Test
    void should_pass_when_no_value_is_missing() {
        assertThatNoException().isThrownBy(() -> assertThat(CLEAN).hasNoMissingValues().hasUniqueValues());
    }

    @Test
    void should_fail_on_missing_values_naming_their_rows() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(AGE).hasNoMissingValues())
                .withMessage(lines(header("column \"age\" (6 rows)"), "to have no missing values,",
                        "but 1 of 6 values (16.67%) were missing:", "  row 3: null"));
    }

    @Test
    void should_fail_on_repeated_values_quoting_text() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> then(COUNTRY).hasUniqueValues())
                .withMessage(lines(header("column \"country\" (6 rows)"), "to have unique values,",
                        "but 2 of 5 non-missing values (40%) held a value that occurs more than once:",
                        "  row 1: \"DE\"", "  row 5: \"DE\""));
    }

    @Test
    void should_pass_when_all_values_are_in_the_range() {
        assertThatNoException().isThrownBy(() -> assertThat(AGE).allBetween(-1, 130));
    }

    @Test
    void should_fail_on_values_outside_the_range() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(AGE).allBetween(0, 120))
                .withMessage(lines(header("column \"age\" (6 rows)"), "to have all values between 0.0 and 120.0,",
                        "but 2 of 5 non-missing values (40%) were outside the range:", "  row 2: -1.0",
                        "  row 4: 130.0"));
    }

    @Test
    void should_pass_when_all_values_are_allowed() {
        assertThatNoException().isThrownBy(() -> assertThat(CLEAN).allIn("DE", "FR", "US", "IT"));
        assertThatNoException().isThrownBy(() -> assertThat(IntColumn.create("grade", 1, 2, 3)).allIn(1, 2, 3));
    }

    @Test
    void should_fail_on_values_not_allowed() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(COUNTRY).allIn("DE", "FR", "US"))
                .withMessage(lines(header("column \"country\" (6 rows)"), "to have all values in [\"DE\", \"FR\", \"US\"],",
                        "but 2 of 5 non-missing values (40%) were not:", "  row 4: \"us\"", "  row 6: \"Germany\""));
    }

    @Test
    void should_pass_when_all_values_match() {
        assertThatNoException().isThrownBy(() -> assertThat(CLEAN).allMatch("^[A-Z]{2}$").lengthsBetween(2, 2));
    }

    @Test
    void should_fail_on_values_that_do_not_match() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(COUNTRY).allMatch("^[A-Z]{2}$"))
                .withMessage(lines(header("column \"country\" (6 rows)"), "to have all values matching \"^[A-Z]{2}$\",",
                        "but 2 of 5 non-missing values (40%) did not match:", "  row 4: \"us\"", "  row 6: \"Germany\""));
    }

    @Test
    void should_fail_on_lengths_outside_the_range_listing_at_most_the_maximum() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(COUNTRY).withMaxExamples(0).lengthsBetween(1, 2))
                .withMessage(lines(header("column \"country\" (6 rows)"), "to have all values of length between 1 and 2,",
                        "but 1 of 5 non-missing values (20%) had a length outside the range"));
    }

    @Test
    void should_pass_a_check_whose_violations_are_tolerated() {
        // 3 of 5 values conform (60%), with 2 violations
        assertThatNoException().isThrownBy(() -> assertThat(AGE).mostly(0.6).allBetween(0, 120));
        assertThatNoException().isThrownBy(() -> assertThat(AGE).allowingViolations(2).allBetween(0, 120));
        assertThatNoException().isThrownBy(() -> assertThat(AGE).mostly(0.99).allowingViolations(2).allBetween(0, 120));
    }

    @Test
    void should_fail_a_check_whose_violations_exceed_the_tolerance() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(AGE).mostly(0.7).allowingViolations(1).allBetween(0, 120))
                .withMessage(lines(header("column \"age\" (6 rows)"),
                        "to have all values between 0.0 and 120.0 (allowing 1 violation or at least 70% of them conforming),",
                        "but 2 of 5 non-missing values (40%) were outside the range:", "  row 2: -1.0", "  row 4: 130.0"));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(COUNTRY).mostly(0.995).allIn("DE", "FR", "US"))
                .withMessageContaining("to have all values in [\"DE\", \"FR\", \"US\"] (mostly: at least 99.5% of them conforming),");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(COUNTRY).allowingViolations(1).allMatch("^[A-Z]{2}$"))
                .withMessageContaining("to have all values matching \"^[A-Z]{2}$\" (allowing 1 violation),");
    }

    @Test
    void should_apply_a_tolerance_to_the_next_check_only() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(AGE).allowingViolations(2).allBetween(0, 120).allBetween(0, 120))
                .withMessage(lines(header("column \"age\" (6 rows)"), "to have all values between 0.0 and 120.0,",
                        "but 2 of 5 non-missing values (40%) were outside the range:", "  row 2: -1.0",
                        "  row 4: 130.0"));
    }

    @Test
    void should_pass_when_statistics_are_in_their_ranges() {
        assertThatNoException().isThrownBy(() -> assertThat(AGE).hasMeanBetween(47, 48)
                .hasStandardDeviationBetween(49.3, 49.4).hasPopulationStandardDeviationBetween(44.1, 44.2)
                .hasQuantileBetween(0.9, 96, 96));
    }

    @Test
    void should_fail_on_a_mean_outside_its_range_with_the_mean_for_a_diff() {
        assertThatExceptionOfType(AssertionFailedError.class).isThrownBy(() -> assertThat(AGE).hasMeanBetween(0, 40))
                .withMessage(lines(header("column \"age\" (6 rows)"), "to have a mean between 0.0 and 40.0,",
                        "but it was 47.2"))
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(error.getActual().getValue())
                        .isEqualTo(47.2));
    }

    @Test
    void should_fail_on_standard_deviations_outside_their_range() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(AGE).hasStandardDeviationBetween(0, 40))
                .withMessage(lines(header("column \"age\" (6 rows)"),
                        "to have a sample standard deviation between 0.0 and 40.0,", "but it was 49.31227027829889"));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(AGE).hasPopulationStandardDeviationBetween(0, 40))
                .withMessage(lines(header("column \"age\" (6 rows)"),
                        "to have a population standard deviation between 0.0 and 40.0,",
                        "but it was 44.106235386847516"));
    }

    @Test
    void should_fail_on_a_quantile_outside_its_range() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(AGE).hasQuantileBetween(0.9, 0, 40))
                .withMessage(lines(header("column \"age\" (6 rows)"), "to have a 0.9-quantile between 0.0 and 40.0,",
                        "but it was 96.0"));
    }

    @Test
    void should_fail_on_a_statistic_of_a_column_without_values() {
        DoubleColumn empty = DoubleColumn.create("x", new double[] {Double.NaN});

        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(empty).hasMeanBetween(0, 1))
                .withMessage(lines(header("column \"x\" (1 row)"), "to have a mean between 0.0 and 1.0,",
                        "but it is undefined: the column has no non-missing value"));
    }

    @Test
    void should_pass_when_the_column_has_not_drifted() {
        assertThatNoException().isThrownBy(() -> assertThat(ONE_TO_TWENTY).hasNoDriftFrom(ONE_TO_TWENTY, DriftMethod.AUTO)
                .hasNoDriftFrom(FIFTEEN_TO_34, DriftMethod.KOLMOGOROV_SMIRNOV, 1e-5));
    }

    @Test
    void should_fail_on_drift_naming_the_method_chosen() {
        // scipy.stats.ks_2samp(range(1, 21), range(15, 35)) == (0.7, 5.569062975843453e-05), as in ColumnChecksTest
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(FIFTEEN_TO_34).hasNoDriftFrom(ONE_TO_TWENTY, DriftMethod.AUTO))
                .withMessage(lines(header("column \"x\" (20 rows)"), "not to drift from the reference",
                        "  column \"x\" (20 rows)", "by the method chosen for it (KOLMOGOROV_SMIRNOV),",
                        "but it drifted: two-sample Kolmogorov-Smirnov D = 0.7, p = 5.569062975843453E-5 < 0.05",
                        "(chosen automatically: numeric column, reference of 20 values (at most 1000); exact p-value)"));
    }

    @Test
    void should_fail_on_drift_beyond_a_declared_threshold() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(FIFTEEN_TO_34).hasNoDriftFrom(ONE_TO_TWENTY, DriftMethod.KOLMOGOROV_SMIRNOV, 0.01))
                .withMessage(lines(header("column \"x\" (20 rows)"), "not to drift from the reference",
                        "  column \"x\" (20 rows)", "by KOLMOGOROV_SMIRNOV,",
                        "but it drifted: two-sample Kolmogorov-Smirnov D = 0.7, p = 5.569062975843453E-5 < 0.01",
                        "(declared; exact p-value)"));
    }

    @Test
    void should_fail_when_drift_cannot_be_decided() {
        DoubleColumn empty = DoubleColumn.create("x", new double[] {Double.NaN, Double.NaN});

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(ONE_TO_TWENTY).hasNoDriftFrom(empty, DriftMethod.KOLMOGOROV_SMIRNOV))
                .withMessage(lines(header("column \"x\" (20 rows)"), "not to drift from the reference",
                        "  column \"x\" (2 rows)", "by KOLMOGOROV_SMIRNOV,",
                        "but the comparison is undefined: the reference holds no non-null value of the column"));
    }
}
