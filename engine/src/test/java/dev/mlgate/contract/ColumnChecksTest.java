package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlgate.contract.Violations.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The contract's constraints on in-memory columns give the contract's numbers. The score column is
 * people.csv's (null and NaN included); reference values from pandas 1.5.3 as in
 * ContractConstraintsTests, and SciPy 1.10.1 for drift as in DriftContractTests.
 */
class ColumnChecksTest {

    private static final DoubleColumn SCORE = DoubleColumn.create("score",
            new double[] {0.5, 1.75, Double.NaN, 2.25, Double.NaN, 3.0, 0.25, 1.75});
    private static final StringColumn COUNTRY = StringColumn.create("country",
            List.of("DE", "FR", "US", "DE", "FR", "US", "DE", "DE"));

    @Test
    void statistics_equal_pandas_and_leave_missing_values_out() {
        // Tablesaw reads both NaN cells as missing; pandas reads 'NaN' and '' as missing too
        assertThat(ColumnChecks.mean(SCORE)).isCloseTo(1.5833333333333333, within(1e-15));
        assertThat(ColumnChecks.standardDeviation(SCORE, 1)).isCloseTo(1.0448285345771653, within(1e-15));
        assertThat(ColumnChecks.standardDeviation(SCORE, 0)).isCloseTo(0.9537935951882998, within(1e-15));
        assertThat(ColumnChecks.quantile(SCORE, 0.9)).isEqualTo(2.625);
        assertThat(ColumnChecks.quantile(SCORE, 0.5)).isEqualTo(1.75);
    }

    @Test
    void violations_count_and_name_their_rows() {
        assertThat(ColumnChecks.nulls(SCORE, 5)).isEqualTo(new Violations(8, 2,
                List.of(new Violation(3, null), new Violation(5, null))));
        // pandas: pd.Series([0.5, 1.75, 2.25, 3.0, 0.25, 1.75]).duplicated(keep=False).sum() == 2
        assertThat(ColumnChecks.repeats(SCORE, 5)).isEqualTo(new Violations(6, 2,
                List.of(new Violation(2, "1.75"), new Violation(8, "1.75"))));
        assertThat(ColumnChecks.outOfRange(SCORE, 0.5, 3, false, true, 5)).isEqualTo(new Violations(6, 2,
                List.of(new Violation(6, "3.0"), new Violation(7, "0.25"))));
        assertThat(ColumnChecks.notIn(COUNTRY, Set.of("DE", "FR"), 1)).isEqualTo(new Violations(8, 2,
                List.of(new Violation(3, "US"))));
        assertThat(ColumnChecks.mismatches(COUNTRY, "^D", 5).violations()).isEqualTo(4);
        assertThat(ColumnChecks.lengthOutOfRange(COUNTRY, 3, 5, 0)).isEqualTo(new Violations(8, 8, List.of()));
    }

    @Test
    void tolerance_is_the_contracts() {
        Violations found = ColumnChecks.notIn(COUNTRY, Set.of("DE", "FR"), 0);

        assertThat(found.share()).isEqualTo(0.25);
        assertThat(found.tolerated(0.75, 0)).isTrue();
        assertThat(found.tolerated(0.76, 1)).isFalse();
        assertThat(found.tolerated(1.0, 2)).isTrue();
    }

    @Test
    void rows_and_keys_of_a_table() {
        Table table = Table.create("t", IntColumn.create("a", 1, 1, 2, 1), StringColumn.create("b", "x", "x", "y", "z"));

        assertThat(ColumnChecks.duplicateRows(table, 5)).isEqualTo(new Violations(4, 1, List.of(new Violation(2, "1, x"))));
        // every row of the key 1 (rows 1, 2, 4), as pandas' duplicated(keep=False)
        assertThat(ColumnChecks.repeatedKeys(table, List.of("a"), 5).violations()).isEqualTo(3);
    }

    @Test
    void drift_compares_as_a_contract_does() {
        DoubleColumn reference = DoubleColumn.create("x", java.util.stream.IntStream.rangeClosed(1, 20).asDoubleStream());
        DoubleColumn current = DoubleColumn.create("x", java.util.stream.IntStream.rangeClosed(15, 34).asDoubleStream());

        DriftComparison comparison = ColumnChecks.drift(reference, current, DriftMethod.AUTO, Double.NaN);

        // scipy.stats.ks_2samp(range(1, 21), range(15, 35)) == (0.7, 5.569062975843453e-05)
        assertThat(comparison.method()).isEqualTo(DriftMethod.KOLMOGOROV_SMIRNOV);
        assertThat(comparison.statistic()).isEqualTo(0.7);
        assertThat(comparison.pValue()).isCloseTo(5.569062975843453e-05, within(1e-18));
        assertThat(comparison.drifted()).isTrue();
        assertThat(comparison.summary()).isEqualTo(
                "two-sample Kolmogorov-Smirnov D = 0.7, p = 5.569062975843453E-5 < 0.05");
    }

    @Test
    void a_statistic_of_a_text_column_is_refused() {
        assertThatThrownBy(() -> ColumnChecks.mean(COUNTRY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'country' is text, not numeric");
    }
}
