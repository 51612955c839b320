package dev.mlgate.assertions.internal;

import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** How failure messages name the value under test. */
public final class Describe {

    private Describe() {
    }

    /** {@code table "people" (4 rows, 2 columns)}. */
    public static String table(Table table) {
        String name = table.name() == null || table.name().isBlank() ? "table" : "table \"" + table.name() + "\"";
        return name + " (" + plural(table.rowCount(), "row") + ", " + plural(table.columnCount(), "column") + ")";
    }

    /** {@code column "age" (6 rows)}. */
    public static String column(Column<?> column) {
        return "column \"" + column.name() + "\" (" + plural(column.size(), "row") + ")";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Binary scores as they print themselves; multiclass and regression predictions by their rows (and classes). */
    public static String predictions(Resamplable<?> view) {
        if (view instanceof MulticlassPredictions multiclass) {
            return "MulticlassPredictions[rows=" + multiclass.size() + ", classes=" + multiclass.classNames() + "]";
        }
        if (view instanceof RegressionPredictions regression) {
            return "RegressionPredictions[rows=" + regression.size() + "]";
        }
        return String.valueOf(view);
    }

    /** A level in (0, 1) as a percentage with at most two decimals: {@code 0.95} as {@code 95%}. */
    public static String percent(double level) {
        return BigDecimal.valueOf(level * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }
}
