package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.Row;
import dev.mlgate.data.ValueKind;
import dev.mlgate.data.internal.TablesawTables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a Tablesaw {@link Table} during the contract's single pass, for custom rules, of only the
 * columns they read (every column of the file when they name none). Declared columns get their schema
 * type; others are strings. A value that cannot be read as its declared type
 * becomes a missing value (the column's type check reports it).
 */
class TableCollector implements dev.mlgate.data.RowVisitor {

    /** Collects nothing: the contract has no custom rule. */
    static final TableCollector NONE = new TableCollector();

    private final Column<?>[] columns;
    /** Per table column, its position in the file's rows. */
    private final int[] positions;
    private final ColumnValue[] values;
    private final Table table;

    private TableCollector() {
        columns = new Column<?>[0];
        positions = new int[0];
        values = new ColumnValue[0];
        table = null;
    }

    /**
     * @param kept the columns to hold, in order, or empty for every column of {@code header}; one the
     *             file lacks is left out (the schema check reports it)
     */
    TableCollector(String name, List<String> header, Map<String, ColumnSpec> declared, List<String> kept) {
        List<String> names = kept.isEmpty() ? header : kept.stream().filter(header::contains).toList();
        columns = new Column<?>[names.size()];
        positions = new int[names.size()];
        values = new ColumnValue[names.size()];
        for (int i = 0; i < names.size(); i++) {
            ColumnSpec column = declared.get(names.get(i));
            positions[i] = header.indexOf(names.get(i));
            columns[i] = create(names.get(i), column == null ? ValueKind.STRING : column.kind());
            // A value the declared type cannot hold is missing in the table, as unreadable text is.
            values[i] = column == null ? new ColumnValue(ValueKind.STRING) : new ColumnValue(column);
        }
        table = TablesawTables.create(name, columns);
    }

    @Override
    public void visit(Row row) {
        for (int i = 0; i < columns.length; i++) {
            ColumnValue value = values[i];
            value.read(row.raw(positions[i]), row.rowNumber(), row.lineNumber());
            append(columns[i], value);
        }
    }

    /** The header positions of the columns it holds. */
    int[] positions() {
        return positions.clone();
    }

    Optional<Table> table() {
        return Optional.ofNullable(table);
    }

    private static Column<?> create(String name, ValueKind kind) {
        return switch (kind) {
            case INTEGER -> LongColumn.create(name);
            case DECIMAL -> DoubleColumn.create(name);
            case BOOLEAN -> BooleanColumn.create(name);
            case DATE -> DateColumn.create(name);
            case DATE_TIME -> DateTimeColumn.create(name);
            case INSTANT -> InstantColumn.create(name);
            default -> StringColumn.create(name);
        };
    }

    private static void append(Column<?> column, ColumnValue value) {
        if (value.state != State.VALUE) {
            column.appendMissing();
            return;
        }
        switch (value.kind()) {
            case INTEGER -> ((LongColumn) column).append(value.integer);
            case DECIMAL -> ((DoubleColumn) column).append(value.number);
            case BOOLEAN -> ((BooleanColumn) column).append(value.bool);
            case DATE -> ((DateColumn) column).append((LocalDate) value.temporal());
            case DATE_TIME -> ((DateTimeColumn) column).append((LocalDateTime) value.temporal());
            case INSTANT -> ((InstantColumn) column).append((Instant) value.temporal());
            default -> ((StringColumn) column).append(value.raw());
        }
    }
}
