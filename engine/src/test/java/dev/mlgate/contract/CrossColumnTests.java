package dev.mlgate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.contract.fixtures.PairsContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @ColumnPair} and {@code @ColumnsSumTo} over pairs.csv. Rows with a null or unreadable value in a
 * compared column are not checked (pandas: {@code d.dropna(subset=[...])} after coercing 'x' to NaN).
 */
class CrossColumnTests {

    private final Map<String, String> outcomes = ContractConstraintsTests.outcomes(
            ContractConstraintsTests.run(PairsContract.class, "2025-01-01"));

    @Test
    void a_comparison_of_numbers_counts_the_rows_that_fail_it() {
        // (b <= a) on rows 1, 2, 4: row 1 (2.0 > 1.0) fails
        assertThat(outcomes).containsEntry("columnPair(b,LESS_OR_EQUAL,a)", "FAILED pairs.csv: 1 of 3 rows with both"
                + " values (33.33%) fail b <= a (tolerated: none); examples (row: value): 1: '2.0, 1.0'");
    }

    @Test
    void a_comparison_of_dates() {
        // (end >= start) on rows 1, 2, 3, 5: row 2 ends before it starts
        assertThat(outcomes).containsEntry("columnPair(end,GREATER_OR_EQUAL,start)", "FAILED pairs.csv: 1 of 4 rows"
                + " with both values (25.00%) fail end >= start (tolerated: none); examples (row: value):"
                + " 2: '2024-01-31, 2024-02-01'");
    }

    @Test
    void a_sum_of_columns_equal_to_a_column_within_the_tolerance_passes() {
        assertThat(outcomes).containsEntry("columnsSumTo(a+b=c)", "SUCCESSFUL");
    }

    @Test
    void a_sum_of_columns_equal_to_a_constant() {
        // a + b on rows 1, 2, 4: 3.0, 4.0, 6.0
        assertThat(outcomes).containsEntry("columnsSumTo(a+b=4)", "FAILED pairs.csv: 2 of 3 rows with every value"
                + " (66.67%) do not add up: a + b = 4 (tolerated: none); examples (row: value): 1: '1.0, 2.0',"
                + " 4: '5.0, 1.0'");
    }

    @Test
    void comparing_a_number_with_a_date_is_a_declaration_problem() {
        assertThat(org.junit.platform.testkit.engine.EngineTestKit.engine("mlgate")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
                        dev.mlgate.contract.invalid.NumberAgainstDate.class))
                .discover().getDiscoveryIssues()).extracting(issue -> issue.message()).containsExactly(
                        "dev.mlgate.contract.invalid.NumberAgainstDate: @ColumnPair(b < start) compares a decimal number"
                                + " with a date (yyyy-MM-dd); compare two numbers, or two dates or times of one kind");
    }

    @Test
    void on_empty_data_no_row_violates() {
        Map<String, String> empty = ContractConstraintsTests.outcomes(org.junit.platform.testkit.engine.EngineTestKit
                .engine("mlgate").selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
                        PairsContract.class))
                .configurationParameter(dev.mlgate.engine.Constants.BASEDIR,
                        java.nio.file.Path.of("src/test/resources/contracts").toAbsolutePath().toString())
                .configurationParameter("file", "empty-pairs.csv").execute());

        assertThat(empty).containsEntry("columnPair(b,LESS_OR_EQUAL,a)", "SUCCESSFUL")
                .containsEntry("columnsSumTo(a+b=4)", "SUCCESSFUL");
    }
}
