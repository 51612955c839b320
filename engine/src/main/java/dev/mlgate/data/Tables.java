package dev.mlgate.data;

import dev.mlgate.data.internal.ColumnLoader;
import dev.mlgate.data.internal.InferringColumnLoader;
import dev.mlgate.data.internal.TablesawTables;
import dev.mlgate.data.internal.TypedColumnLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loads a whole artifact into a Tablesaw {@link Table}, for custom checks that need one.
 *
 * <p>The table is built by one scan of the same {@link RowSource} the engine streams, so bad input gives
 * the very same errors. Declared columns get the type of their {@link ValueKind} (INTEGER to
 * {@code LongColumn}, DECIMAL to {@code DoubleColumn}, BOOLEAN to {@code BooleanColumn}, STRING to
 * {@code StringColumn}, DATE to {@code DateColumn}, DATE_TIME to {@code DateTimeColumn}, INSTANT to
 * {@code InstantColumn}); other columns are inferred: {@code LongColumn} if every present value is an
 * integer, else {@code DoubleColumn} if every one is a number, else {@code StringColumn}.
 *
 * <p>Missing values become Tablesaw's missing values, with Tablesaw's limits: a missing string is
 * {@code ""}, a NaN decimal counts as missing, and {@link Long#MIN_VALUE} (Tablesaw's missing-long marker)
 * cannot be held, so it is an error in a declared column.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Loads every row of {@code source} into a table named after its file.
     *
     * @param declared the kinds of the columns whose type is known; every name must be in the header
     * @throws ArtifactException if a declared column is absent, or any row or value is bad
     */
    public static Table load(RowSource source, Map<String, ValueKind> declared) {
        declared.keySet().forEach(source::columnIndex);
        List<String> header = source.header();
        ColumnLoader[] loaders = new ColumnLoader[header.size()];
        for (int i = 0; i < loaders.length; i++) {
            ValueKind kind = declared.get(header.get(i));
            loaders[i] = kind == null ? new InferringColumnLoader(header.get(i))
                    : new TypedColumnLoader(header.get(i), kind);
        }
        source.scan(row -> {
            for (int i = 0; i < loaders.length; i++) {
                loaders[i].add(row, i);
            }
        });
        List<Column<?>> columns = new ArrayList<>(loaders.length);
        for (ColumnLoader loader : loaders) {
            columns.add(loader.build());
        }
        Path name = source.file().getFileName();
        return TablesawTables.create(name == null ? source.file().toString() : name.toString(), columns);
    }
}
