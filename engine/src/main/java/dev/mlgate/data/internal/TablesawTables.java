package dev.mlgate.data.internal;

import java.util.Collection;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Where mlgate creates Tablesaw tables: the first use starts SLF4J quietly (see {@link QuietSlf4j}) before
 * Tablesaw's {@code Table} class is initialised and makes SLF4J warn about a missing provider.
 */
public final class TablesawTables {

    static {
        QuietSlf4j.start();
    }

    private TablesawTables() {
    }

    /** {@link Table#create(String, Column[])}, after SLF4J has been started quietly. */
    public static Table create(String name, Column<?>... columns) {
        return Table.create(name, columns);
    }

    /** {@link Table#create(String, Collection)}, after SLF4J has been started quietly. */
    public static Table create(String name, Collection<Column<?>> columns) {
        return Table.create(name, columns);
    }
}
