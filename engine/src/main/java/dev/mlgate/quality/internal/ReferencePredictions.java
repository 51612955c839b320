package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.Growing;
import java.nio.file.Path;
import java.util.List;

/**
 * The predictions a model file must agree with ({@link dev.mlgate.quality.AgreesWith}), read in one scan:
 * the declared columns of each row, in file order. A missing or non-finite value is an error naming its
 * row and column.
 *
 * @param file the predictions file, as resolved
 * @param columns the columns read
 * @param values {@code rows * columns.size()} values, row after row
 * @param summary the file's lineage
 */
record ReferencePredictions(Path file, List<String> columns, double[] values, ScanSummary summary) {

    static ReferencePredictions read(RowSource source, List<String> columns) {
        int[] indexes = columns.stream().mapToInt(source::columnIndex).toArray();
        Growing.Doubles values = new Growing.Doubles();
        ScanSummary summary = source.scan(row -> {
            for (int column : indexes) {
                double value = row.asDouble(column);
                if (!Double.isFinite(value)) {
                    throw row.error(column, "prediction " + row.raw(column) + " is not a finite number");
                }
                values.add(value);
            }
        });
        return new ReferencePredictions(source.file(), List.copyOf(columns), values.toArray(), summary);
    }

    int rows() {
        return values.length / columns.size();
    }
}
