package dev.mlgate.contract.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/** A Tablesaw table's row seen as a data row, so row metrics run over in-memory tables too. */
final class TableRow implements Row {

    private final Table table;
    private int index;

    TableRow(Table table) {
        this.table = table;
    }

    void at(int rowIndex) {
        index = rowIndex;
    }

    @Override
    public int size() {
        return table.columnCount();
    }

    @Override
    public String raw(int column) {
        return table.column(column).isMissing(index) ? null : String.valueOf(table.column(column).get(index));
    }

    @Override
    public boolean isNull(int column) {
        return table.column(column).isMissing(index);
    }

    @Override
    public long rowNumber() {
        return index + 1L;
    }

    @Override
    public long lineNumber() {
        return 0;
    }

    @Override
    public String columnName(int column) {
        return table.column(column).name();
    }

    @Override
    public ArtifactException error(int column, String reason) {
        return new ArtifactException(Path.of(table.name()), null, rowNumber(), columnName(column), reason, null);
    }
}
