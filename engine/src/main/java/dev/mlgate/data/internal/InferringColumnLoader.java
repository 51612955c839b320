package dev.mlgate.data.internal;

import dev.mlgate.data.Row;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Loads an undeclared column, choosing its type once every value is seen: {@code LongColumn} if every
 * present value is an integer, else {@code DoubleColumn} if every one is a decimal number, else
 * {@code StringColumn} (also when no value is present). Dates stay text: declare them to type them.
 */
public final class InferringColumnLoader implements ColumnLoader {

    private final String name;
    private final List<String> values = new ArrayList<>();
    private boolean present;
    private boolean integers = true;
    private boolean decimals = true;

    /** A loader for a column named {@code name}. */
    public InferringColumnLoader(String name) {
        this.name = name;
    }

    @Override
    public void add(Row row, int column) {
        String value = row.raw(column);
        values.add(value);
        if (value != null) {
            present = true;
            decimals = decimals && ValueParsers.isDecimal(value);
            integers = integers && decimals && ValueParsers.isInteger(value)
                    && !LongColumn.valueIsMissing(ValueParsers.parseInteger(value));
        }
    }

    @Override
    public Column<?> build() {
        if (present && integers) {
            LongColumn column = LongColumn.create(name);
            values.forEach(v -> {
                if (v == null) {
                    column.appendMissing();
                } else {
                    column.append(ValueParsers.parseInteger(v));
                }
            });
            return column;
        }
        if (present && decimals) {
            DoubleColumn column = DoubleColumn.create(name);
            values.forEach(v -> {
                if (v == null) {
                    column.appendMissing();
                } else {
                    column.append(ValueParsers.parseDecimal(v));
                }
            });
            return column;
        }
        StringColumn column = StringColumn.create(name);
        values.forEach(v -> {
            if (v == null) {
                column.appendMissing();
            } else {
                column.append(v);
            }
        });
        return column;
    }
}
