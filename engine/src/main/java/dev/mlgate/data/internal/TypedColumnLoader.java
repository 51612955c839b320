package dev.mlgate.data.internal;

import dev.mlgate.data.Row;
import dev.mlgate.data.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Loads a declared column: parses each value as its kind, and fails on the first that does not parse,
 * with the same message a scan gives.
 */
public final class TypedColumnLoader implements ColumnLoader {

    private final ValueKind kind;
    private final Column<?> column;

    /** A loader for a column named {@code name} holding {@code kind}. */
    public TypedColumnLoader(String name, ValueKind kind) {
        this.kind = kind;
        this.column = switch (kind) {
            case INTEGER -> LongColumn.create(name);
            case DECIMAL -> DoubleColumn.create(name);
            case BOOLEAN -> BooleanColumn.create(name);
            case STRING -> StringColumn.create(name);
            case DATE -> DateColumn.create(name);
            case DATE_TIME -> DateTimeColumn.create(name);
            case INSTANT -> InstantColumn.create(name);
        };
    }

    @Override
    public void add(Row row, int index) {
        if (row.isNull(index)) {
            column.appendMissing();
            return;
        }
        switch (kind) {
            case INTEGER -> ((LongColumn) column).append(integer(row, index));
            case DECIMAL -> ((DoubleColumn) column).append(row.asDouble(index));
            case BOOLEAN -> ((BooleanColumn) column).append(row.asBoolean(index));
            case STRING -> ((StringColumn) column).append(row.raw(index));
            case DATE -> ((DateColumn) column).append((LocalDate) row.value(index, kind));
            case DATE_TIME -> ((DateTimeColumn) column).append((LocalDateTime) row.value(index, kind));
            case INSTANT -> ((InstantColumn) column).append((Instant) row.value(index, kind));
        }
    }

    private static long integer(Row row, int index) {
        long value = row.asLong(index);
        if (LongColumn.valueIsMissing(value)) {
            throw row.error(index, "cannot hold " + value + " in a table: Tablesaw uses it to mark a missing"
                    + " value");
        }
        return value;
    }

    @Override
    public Column<?> build() {
        return column;
    }
}
