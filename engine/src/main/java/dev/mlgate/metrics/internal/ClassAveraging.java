package dev.mlgate.metrics.internal;

import dev.mlgate.metrics.Average;
import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.ZeroDivision;
import java.util.ArrayList;
import java.util.List;

/**
 * Averaged multiclass precision, recall and F1 with scikit-learn 1.2's {@code precision_recall_fscore_support}
 * semantics over the included classes (see {@link ClassCounts#included(int)}).
 */
public final class ClassAveraging {

    /** Which per-class ratio to average. */
    public enum Kind {
        /** tp / predicted. */
        PRECISION,
        /** tp / actual. */
        RECALL,
        /** harmonic mean of the two. */
        F1
    }

    private ClassAveraging() {
    }

    /**
     * The averaged metric.
     *
     * @param kind    precision, recall or F1
     * @param average how classes are combined
     * @param counts  the per-class counts, total weight greater than 0
     * @param names   the class names, for reasons
     * @param policy  the zero-division policy
     * @return the metric, undefined under {@link ZeroDivision#UNDEFINED} when a class whose weight in the average
     *         is non-zero has a zero denominator
     */
    public static Metric average(Kind kind, Average average, ClassCounts counts, List<String> names,
                                 ZeroDivision policy) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT) + "_" + average.sklearnName();
        double substitute = policy == ZeroDivision.UNDEFINED ? 0.0 : policy.value();
        if (average == Average.MICRO) {
            long tp = 0;
            long predicted = 0;
            long actual = 0;
            for (int c = 0; c < names.size(); c++) {
                tp += counts.tp()[c];
                predicted += counts.predicted()[c];
                actual += counts.actual()[c];
            }
            return Metric.of(name, value(kind, tp, predicted, actual, substitute), Direction.HIGHER_IS_BETTER);
        }
        double sum = 0.0;
        double weightSum = 0.0;
        List<String> illDefined = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (!counts.included(c)) {
                continue;
            }
            double weight = average == Average.WEIGHTED ? counts.actual()[c] : 1.0;
            long denominator = kind == Kind.PRECISION ? counts.predicted()[c]
                    : kind == Kind.RECALL ? counts.actual()[c] : 1;
            if (denominator == 0 && weight != 0) {
                illDefined.add("'" + names.get(c) + "'");
            }
            sum += weight * value(kind, counts.tp()[c], counts.predicted()[c], counts.actual()[c], substitute);
            weightSum += weight;
        }
        if (!illDefined.isEmpty() && policy == ZeroDivision.UNDEFINED) {
            String missing = kind == Kind.PRECISION ? "no predicted rows" : "no true rows";
            return Metric.undefined(name, Direction.HIGHER_IS_BETTER, name + " is undefined: class "
                    + String.join(", ", illDefined) + (illDefined.size() > 1 ? " have " : " has ") + missing
                    + "; choose ZeroDivision.ZERO or ONE to give it a value");
        }
        return Metric.of(name, sum / weightSum, Direction.HIGHER_IS_BETTER);
    }

    private static double value(Kind kind, long tp, long predicted, long actual, double substitute) {
        double p = predicted == 0 ? substitute : (double) tp / predicted;
        double r = actual == 0 ? substitute : (double) tp / actual;
        return switch (kind) {
            case PRECISION -> p;
            case RECALL -> r;
            case F1 -> p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
        };
    }
}
