package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import java.util.function.IntFunction;

/** What the comparison machinery does alike with any of the three evaluation views. */
final class Views {

    private Views() {
    }

    /** The view's rows at {@code rows}, in that order. */
    static Resamplable<?> subset(Resamplable<?> view, int[] rows) {
        if (view instanceof BinaryScores binary) {
            return binary.subset(rows);
        }
        if (view instanceof RegressionPredictions regression) {
            return regression.subset(rows);
        }
        return ((MulticlassPredictions) view).subset(rows);
    }

    /**
     * The view naming its rows with {@code describe} in messages (a binary view's out-of-range score, say);
     * other views, and null, are returned as they are.
     */
    static Resamplable<?> describingRows(Resamplable<?> view, IntFunction<String> describe) {
        return view instanceof BinaryScores binary ? binary.describingRows(describe) : view;
    }

    /** Whether row {@code i} of {@code a} and row {@code j} of {@code b} have the same label. */
    static boolean sameLabel(Resamplable<?> a, int i, Resamplable<?> b, int j) {
        if (a instanceof BinaryScores binary) {
            return binary.isPositive(i) == ((BinaryScores) b).isPositive(j);
        }
        if (a instanceof RegressionPredictions regression) {
            return regression.actual(i) == ((RegressionPredictions) b).actual(j);
        }
        return ((MulticlassPredictions) a).label(i) == ((MulticlassPredictions) b).label(j);
    }

    /** The label of a row as the file spells it (a number as Java prints it). */
    static String label(Resamplable<?> view, int row, String positive, String negative) {
        if (view instanceof BinaryScores binary) {
            return binary.isPositive(row) ? positive : negative;
        }
        if (view instanceof RegressionPredictions regression) {
            return String.valueOf(regression.actual(row));
        }
        MulticlassPredictions multiclass = (MulticlassPredictions) view;
        return multiclass.classNames().get(multiclass.label(row));
    }
}
