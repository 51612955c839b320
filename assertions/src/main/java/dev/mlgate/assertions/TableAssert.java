package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.TableAssertions;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Assertions on a Tablesaw {@link Table}: its size, its columns and its rows. {@link #column(String)} moves to
 * one column's assertions; the navigation stays one level deep. Checks run on the engine's
 * {@link dev.mlgate.contract.ColumnChecks}, so they count exactly as a data contract does.
 *
 * <pre><code class='java'>
 * assertThat(customers).hasRowCountBetween(1_000, 50_000).hasColumns("id", "age").hasNoDuplicateRows();
 * </code></pre>
 */
public class TableAssert extends AbstractMlAssert<TableAssert, Table> {

    private int maxExamples = ColumnAssert.DEFAULT_MAX_EXAMPLES;

    /**
     * Made by {@link MlAssertions#assertThat(Table)}; public for soft assertions' proxies.
     *
     * @param actual the table
     */
    public TableAssert(Table actual) {
        super(actual, TableAssert.class);
    }

    /**
     * Shows at most {@code count} offending rows in failure messages (default 20); columns reached by
     * {@link #column(String)} afterwards inherit it.
     * <p>Example: {@code assertThat(table).withMaxExamples(5).hasNoDuplicateRows();}
     *
     * @param count the number of example rows, at least 0
     * @return this assertion
     */
    public TableAssert withMaxExamples(int count) {
        maxExamples = ColumnAssert.checkedMaxExamples(count);
        return myself;
    }

    /**
     * Verifies the table has exactly {@code expected} rows; the error carries both counts for IDE diffs.
     * <p>Example: {@code assertThat(table).hasRowCount(1_000);}
     *
     * @param expected the number of rows
     * @return this assertion
     */
    public TableAssert hasRowCount(int expected) {
        isNotNull();
        TableAssertions.hasRowCount(info, actual, expected);
        return myself;
    }

    /**
     * Verifies the number of rows lies in {@code [min, max]}.
     * <p>Example: {@code assertThat(table).hasRowCountBetween(10_000, 20_000);}
     *
     * @param min the least number of rows
     * @param max the largest number of rows
     * @return this assertion
     */
    public TableAssert hasRowCountBetween(int min, int max) {
        isNotNull();
        TableAssertions.hasRowCountBetween(info, actual, min, max);
        return myself;
    }

    /**
     * Verifies the table has these columns, in any order, among others.
     * <p>Example: {@code assertThat(table).hasColumns("id", "age");}
     *
     * @param names the column names
     * @return this assertion
     */
    public TableAssert hasColumns(String... names) {
        isNotNull();
        TableAssertions.hasColumns(info, actual, List.of(names));
        return myself;
    }

    /**
     * Verifies the table has exactly these columns, in this order.
     * <p>Example: {@code assertThat(table).hasExactlyColumns("id", "age", "country");}
     *
     * @param names the column names
     * @return this assertion
     */
    public TableAssert hasExactlyColumns(String... names) {
        isNotNull();
        TableAssertions.hasExactlyColumns(info, actual, List.of(names));
        return myself;
    }

    /**
     * Verifies no row equals an earlier row in every column (missing values equal to missing values).
     * <p>Example: {@code assertThat(table).hasNoDuplicateRows();}
     *
     * @return this assertion
     */
    public TableAssert hasNoDuplicateRows() {
        isNotNull();
        TableAssertions.hasNoDuplicateRows(info, actual, maxExamples);
        return myself;
    }

    /**
     * Verifies the combination of values in these columns is unique, as a composite key; rows with a missing
     * value in one of them are left out.
     * <p>Example: {@code assertThat(table).hasUniqueValuesAcross("customer_id", "month");}
     *
     * @param columns the key's columns
     * @return this assertion
     */
    public TableAssert hasUniqueValuesAcross(String... columns) {
        isNotNull();
        TableAssertions.hasUniqueValuesAcross(info, actual, List.of(columns), maxExamples);
        return myself;
    }

    /**
     * The assertions of one column, with this table's maximum of examples; fails when there is no such column.
     * <p>Example: {@code assertThat(table).column("age").allBetween(0, 120);}
     *
     * @param name the column's name
     * @return the column's assertions
     */
    public ColumnAssert column(String name) {
        isNotNull();
        AssertionError missing = TableAssertions.missingColumns(info, actual, List.of(name));
        if (missing != null) {
            return navigationFailed(missing, ColumnAssert.class, tech.tablesaw.columns.Column.class,
                    StringColumn.create(name));
        }
        return navigate(ColumnAssert.class, tech.tablesaw.columns.Column.class, actual.column(name), ColumnAssert::new)
                .withMaxExamples(maxExamples);
    }
}
