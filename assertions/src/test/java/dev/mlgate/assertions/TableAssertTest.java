package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.lines;
import static dev.mlgate.assertions.MlAssertions.assertThat;
import static dev.mlgate.assertions.MlAssertions.then;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.BDDAssertions.thenExceptionOfType;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableAssertTest {

    /** Row 4 repeats row 2 in every column. */
    private static final Table PEOPLE = Table.create("people", IntColumn.create("id", 1, 2, 3, 2),
            IntColumn.create("age", 34, 41, 29, 41), StringColumn.create("country", "DE", "FR", "US", "FR"));
    private static final Table DISTINCT = Table.create("people", IntColumn.create("id", 1, 2, 3),
            IntColumn.create("age", 34, 41, 29), StringColumn.create("country", "DE", "FR", "US"));

    @Test
    void should_pass_when_the_row_count_is_as_expected() {
        assertThatNoException().isThrownBy(() -> assertThat(PEOPLE).hasRowCount(4).hasRowCountBetween(4, 10));
    }

    @Test
    void should_fail_on_another_row_count_with_both_counts_for_a_diff() {
        thenExceptionOfType(AssertionFailedError.class).isThrownBy(() -> assertThat(PEOPLE).hasRowCount(3))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have 3 rows but had 4"))
                .satisfies(error -> {
                    org.assertj.core.api.Assertions.assertThat(error.getActual().getValue()).isEqualTo(4);
                    org.assertj.core.api.Assertions.assertThat(error.getExpected().getValue()).isEqualTo(3);
                });
    }

    @Test
    void should_fail_when_the_row_count_is_outside_the_range() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(PEOPLE).hasRowCountBetween(5, 10))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have between 5 and 10 rows but had 4"));
    }

    @Test
    void should_pass_when_the_table_has_the_columns() {
        assertThatNoException().isThrownBy(() -> then(PEOPLE).hasColumns("country", "id")
                .hasExactlyColumns("id", "age", "country"));
    }

    @Test
    void should_fail_naming_the_columns_not_found() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).hasColumns("id", "email", "age"))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have columns:", "  [\"id\", \"email\", \"age\"]", "but could not find:", "  [\"email\"]",
                        "in:", "  [\"id\", \"age\", \"country\"]"));
    }

    @Test
    void should_fail_when_the_columns_are_not_exactly_these_in_this_order() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).hasExactlyColumns("age", "id", "email"))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have exactly these columns, in this order:", "  [\"age\", \"id\", \"email\"]",
                        "but had:", "  [\"id\", \"age\", \"country\"]", "columns not found: [\"email\"]",
                        "unexpected columns: [\"country\"]"));
    }

    @Test
    void should_pass_when_no_row_repeats_another() {
        assertThatNoException().isThrownBy(() -> assertThat(DISTINCT).hasNoDuplicateRows()
                .hasUniqueValuesAcross("id", "country"));
    }

    @Test
    void should_fail_on_duplicate_rows_naming_them() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(PEOPLE).hasNoDuplicateRows())
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have no duplicate rows,", "but 1 of 4 rows (25%) repeated an earlier row:",
                        "  row 4: 2, 41, FR"));
    }

    @Test
    void should_list_at_most_the_maximum_of_examples_and_count_the_rest() {
        Table repeated = Table.create("codes", StringColumn.create("code", "a", "a", "a", "a"));

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(repeated).withMaxExamples(1).hasNoDuplicateRows())
                .withMessage(lines("", "Expecting actual:", "  table \"codes\" (4 rows, 1 column)",
                        "to have no duplicate rows,", "but 3 of 4 rows (75%) repeated an earlier row:", "  row 2: a",
                        "  and 2 more"));
    }

    @Test
    void should_fail_when_a_composite_key_repeats() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).hasUniqueValuesAcross("id", "country"))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have unique values across [\"id\", \"country\"],",
                        "but 2 of 4 rows with no missing value in those columns (50%) held values that occur together"
                                + " more than once:",
                        "  row 2: 2, FR", "  row 4: 2, FR"));
    }

    @Test
    void should_fail_when_a_key_column_does_not_exist() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).hasUniqueValuesAcross("email"))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have columns:", "  [\"email\"]", "but could not find:", "  [\"email\"]", "in:",
                        "  [\"id\", \"age\", \"country\"]"));
    }

    @Test
    void should_navigate_to_a_column_keeping_the_maximum_of_examples() {
        assertThatNoException().isThrownBy(() -> assertThat(PEOPLE).column("age").allBetween(0, 120));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).withMaxExamples(0).column("id").hasUniqueValues())
                .withMessage(lines("", "Expecting actual:", "  column \"id\" (4 rows)", "to have unique values,",
                        "but 2 of 4 non-missing values (50%) held a value that occurs more than once"));
    }

    @Test
    void should_fail_to_navigate_to_a_missing_column() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(PEOPLE).column("email"))
                .withMessage(lines("", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have columns:", "  [\"email\"]", "but could not find:", "  [\"email\"]", "in:",
                        "  [\"id\", \"age\", \"country\"]"));
    }

    @Test
    void should_prefix_the_message_with_the_description() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(PEOPLE).as("customers").hasRowCountBetween(1, 2))
                .withMessage(lines("[customers] ", "Expecting actual:", "  table \"people\" (4 rows, 3 columns)",
                        "to have between 1 and 2 rows but had 4"));
    }
}
