package dev.mlgate.metrics;

import dev.mlgate.metrics.internal.ClassAveraging;
import dev.mlgate.metrics.internal.ClassColumns;
import dev.mlgate.metrics.internal.ClassCounts;
import dev.mlgate.metrics.internal.MulticlassData;
import dev.mlgate.metrics.internal.MulticlassScoreMetrics;
import dev.mlgate.metrics.internal.RankingMetrics;
import dev.mlgate.metrics.internal.Rows;
import dev.mlgate.metrics.internal.Weights;
import java.util.List;

/**
 * The evaluation view of a single-label multiclass classifier: a true class per row and either a probability
 * per class ({@link #ofProbabilities}) or only a predicted class ({@link #ofPredictedClasses}). Classes are
 * indices into {@link #classNames()}. Optional integer frequency weights mean the same as in
 * {@link BinaryScores}. Immutable.
 *
 * <p>Metrics equal scikit-learn 1.2's with {@code labels=range(K)} where scikit-learn takes labels, and
 * {@code sample_weight=weights}. Probability-based metrics of a view without probabilities are undefined
 * with a reason; so is every metric of a view with no rows.
 */
public final class MulticlassPredictions implements Resamplable<MulticlassPredictions> {

    private final MulticlassData data;
    private final ZeroDivision zeroDivision;

    private MulticlassPredictions(MulticlassData data, ZeroDivision zeroDivision) {
        this.data = data;
        this.zeroDivision = zeroDivision;
    }

    /**
     * A view from a probability matrix. Each row must hold K finite probabilities in [0, 1] whose sum s
     * satisfies {@code |1 - s| <= 1e-8 + 1e-5 * |s|} (numpy {@code allclose(1, s)}, the check scikit-learn's
     * multiclass {@code roc_auc_score} applies). The predicted class is the column with the highest
     * probability, the lowest index on ties (numpy {@code argmax}).
     *
     * @param classNames    K ≥ 2 distinct class names
     * @param labels        the true class index of each row, in [0, K)
     * @param probabilities n rows of K probabilities; copied
     * @return the view
     * @throws IllegalArgumentException naming the 0-based row of the first violation
     */
    public static MulticlassPredictions ofProbabilities(List<String> classNames, int[] labels, double[][] probabilities) {
        List<String> names = checkedNames(classNames);
        int k = names.size();
        int[] y = checkedClasses(labels, k, "label");
        if (probabilities == null || probabilities.length != y.length) {
            throw new IllegalArgumentException("expected " + y.length + " probability rows, got "
                    + (probabilities == null ? "null" : probabilities.length));
        }
        double[] flat = new double[y.length * k];
        int[] predicted = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            double[] row = probabilities[i];
            if (row == null || row.length != k) {
                throw new IllegalArgumentException("probability row " + i + " must hold " + k + " values");
            }
            double sum = 0.0;
            for (int c = 0; c < k; c++) {
                if (!(row[c] >= 0.0 && row[c] <= 1.0)) {
                    throw new IllegalArgumentException("probability of class '" + names.get(c) + "' in row " + i
                            + " is " + row[c] + ", not in [0, 1]");
                }
                sum += row[c];
                flat[i * k + c] = row[c];
                if (row[c] > row[predicted[i]]) {
                    predicted[i] = c;
                }
            }
            if (!(Math.abs(1.0 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) {
                throw new IllegalArgumentException("probabilities in row " + i + " sum to " + sum + ", not 1");
            }
        }
        return new MulticlassPredictions(new MulticlassData(names, y, predicted, flat, null,
                new ClassColumns(y, flat, k)), ZeroDivision.UNDEFINED);
    }

    /**
     * A view from predicted classes only; {@link #logLoss()}, {@link #topKAccuracy(int)} and the ROC AUCs are
     * then undefined.
     *
     * @param classNames K ≥ 2 distinct class names
     * @param labels     the true class index of each row, in [0, K)
     * @param predicted  the predicted class index of each row, in [0, K)
     * @return the view
     */
    public static MulticlassPredictions ofPredictedClasses(List<String> classNames, int[] labels, int[] predicted) {
        List<String> names = checkedNames(classNames);
        int[] y = checkedClasses(labels, names.size(), "label");
        int[] p = checkedClasses(predicted, names.size(), "predicted class");
        if (p.length != y.length) {
            throw new IllegalArgumentException("labels and predictions differ in length: " + y.length + " vs " + p.length);
        }
        return new MulticlassPredictions(new MulticlassData(names, y, p, null, null, null), ZeroDivision.UNDEFINED);
    }

    @Override
    public MulticlassPredictions withWeights(int[] weights) {
        return new MulticlassPredictions(copy(Weights.checkedCopy(weights, data.size())), zeroDivision);
    }

    /**
     * The same rows with another zero-division policy for precision, recall and F1.
     *
     * @param policy {@link ZeroDivision#ZERO}/{@link ZeroDivision#ONE} match scikit-learn's {@code zero_division=0/1}
     * @return the view
     */
    public MulticlassPredictions withZeroDivision(ZeroDivision policy) {
        return new MulticlassPredictions(data, java.util.Objects.requireNonNull(policy));
    }

    /**
     * The rows at the given indices (a slice), keeping their weights; the new row i is {@code rowIndices[i]}.
     *
     * @param rowIndices distinct row indices
     * @return the slice
     */
    public MulticlassPredictions subset(int[] rowIndices) {
        int[] rows = Rows.checkedSubset(rowIndices, data.size());
        int k = data.classes();
        int[] y = new int[rows.length];
        int[] p = new int[rows.length];
        double[] probs = data.probabilities() == null ? null : new double[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            y[i] = data.labels()[rows[i]];
            p[i] = data.predicted()[rows[i]];
            if (probs != null) {
                System.arraycopy(data.probabilities(), rows[i] * k, probs, i * k, k);
            }
        }
        return new MulticlassPredictions(new MulticlassData(data.classNames(), y, p, probs,
                Weights.select(data.weights(), rows), probs == null ? null : new ClassColumns(y, probs, k)), zeroDivision);
    }

    /**
     * The rows a mask keeps.
     *
     * @param mask one flag per row
     * @return the slice
     */
    public MulticlassPredictions filter(boolean[] mask) {
        return subset(Rows.ofMask(mask, data.size()));
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public int weight(int row) {
        return data.weight(row);
    }

    /**
     * @param row a 0-based row index
     * @return the row's true class index
     */
    public int label(int row) {
        return data.labels()[row];
    }

    /**
     * @param row a 0-based row index
     * @return the row's predicted class index (the most probable class of a probability view)
     */
    public int predictedClass(int row) {
        return data.predicted()[row];
    }

    /** @return the class names, by class index */
    public List<String> classNames() {
        return data.classNames();
    }

    /** @return whether the view holds probabilities */
    public boolean hasProbabilities() {
        return data.probabilities() != null;
    }

    /**
     * Accuracy, the weighted fraction of rows whose predicted class is the true class ({@code accuracy_score}).
     *
     * @return the metric; undefined with no rows
     */
    public Metric accuracy() {
        return ifRows("accuracy", () -> {
            ClassCounts counts = ClassCounts.of(data);
            long correct = 0;
            for (long tp : counts.tp()) {
                correct += tp;
            }
            return Metric.of("accuracy", (double) correct / counts.total(), Direction.HIGHER_IS_BETTER);
        });
    }

    /**
     * Top-k accuracy ({@code top_k_accuracy_score(labels=range(K))}); see the tie rule in the internal
     * implementation: a tie between the true class c and class j counts j as ranked above c when {@code j > c};
     * with two classes, class 1 is predicted when its probability is {@code > 0.5}; {@code k >= K} gives 1.
     *
     * @param k the number of top-ranked classes that may hold the true class, at least 1
     * @return the metric; undefined without probabilities or rows
     */
    public Metric topKAccuracy(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        String name = "top_" + k + "_accuracy";
        return withProbabilities(name, "top-" + k + " accuracy", Direction.HIGHER_IS_BETTER,
                () -> Metric.of(name, MulticlassScoreMetrics.topKAccuracy(data, k), Direction.HIGHER_IS_BETTER));
    }

    /**
     * Averaged precision ({@code precision_score(average=...)}); see {@link #f1(Average)} for the classes and
     * zero-division rules.
     *
     * @param average how per-class values are combined
     * @return the metric
     */
    public Metric precision(Average average) {
        return averaged(ClassAveraging.Kind.PRECISION, average);
    }

    /**
     * Averaged recall ({@code recall_score(average=...)}); see {@link #f1(Average)}.
     *
     * @param average how per-class values are combined
     * @return the metric
     */
    public Metric recall(Average average) {
        return averaged(ClassAveraging.Kind.RECALL, average);
    }

    /**
     * Averaged F1 ({@code f1_score(average=...)}). The classes averaged are those with a true or a predicted row
     * of non-zero weight (scikit-learn's union of labels, with weight-0 rows counted as absent). A class with no
     * predicted rows has a zero-division precision, one with no true rows a zero-division recall: under
     * {@link ZeroDivision#UNDEFINED} the average is then undefined (unless the class's weight in a
     * {@link Average#WEIGHTED} average is 0), otherwise the class takes 0 or 1 as scikit-learn does.
     * Per-class F is 0 when {@code P + R = 0}.
     *
     * @param average how per-class values are combined
     * @return the metric
     */
    public Metric f1(Average average) {
        return averaged(ClassAveraging.Kind.F1, average);
    }

    /**
     * Multiclass log loss ({@code log_loss(labels=range(K))}, scikit-learn 1.2): probabilities clipped to
     * {@code [2^-52, 1 - 2^-52]}, rows renormalised. Lower is better.
     *
     * @return the metric; undefined without probabilities or rows
     */
    public Metric logLoss() {
        return withProbabilities("log_loss", "log loss", Direction.LOWER_IS_BETTER,
                () -> Metric.of("log_loss", MulticlassScoreMetrics.logLoss(data), Direction.LOWER_IS_BETTER));
    }

    /**
     * One-vs-rest ROC AUC, macro average ({@code roc_auc_score(multi_class="ovr", average="macro")}): the mean
     * over classes of the ROC AUC of "this class" against all others, ties counting half.
     *
     * @return the metric; undefined without probabilities, or when a class has no true rows or all of them
     */
    public Metric rocAucOneVsRest() {
        return oneVsRest(false);
    }

    /**
     * One-vs-rest ROC AUC weighted by class prevalence ({@code roc_auc_score(multi_class="ovr",
     * average="weighted")}).
     *
     * @return the metric; undefined as {@link #rocAucOneVsRest()}
     */
    public Metric rocAucOneVsRestWeighted() {
        return oneVsRest(true);
    }

    private Metric oneVsRest(boolean weighted) {
        String name = weighted ? "roc_auc_ovr_weighted" : "roc_auc_ovr";
        return withProbabilities(name, "one-vs-rest ROC AUC", Direction.HIGHER_IS_BETTER, () -> {
            double sum = 0.0;
            double weightSum = 0.0;
            for (int c = 0; c < data.classes(); c++) {
                var rows = data.oneVsRest(c);
                long p = rows.positives();
                long n = rows.total() - p;
                if (p == 0 || n == 0) {
                    return Metric.undefined(name, Direction.HIGHER_IS_BETTER, "one-vs-rest ROC AUC is undefined: class '"
                            + data.classNames().get(c) + "' has " + p + " of the " + (p + n) + " rows, so its ROC AUC has only one class");
                }
                double weight = weighted ? p : 1.0;
                sum += weight * RankingMetrics.rocAuc(rows);
                weightSum += weight;
            }
            return Metric.of(name, sum / weightSum, Direction.HIGHER_IS_BETTER);
        });
    }

    private Metric averaged(ClassAveraging.Kind kind, Average average) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT) + "_" + average.sklearnName();
        return ifRows(name, () -> ClassAveraging.average(kind, average, ClassCounts.of(data), data.classNames(),
                zeroDivision));
    }

    private Metric withProbabilities(String name, String display, Direction direction,
                                     java.util.function.Supplier<Metric> metric) {
        if (!hasProbabilities()) {
            return Metric.undefined(name, direction, display
                    + " is undefined: the predictions hold predicted classes only, no class probabilities");
        }
        return data.total() == 0 ? Metric.undefined(name, direction, display + " is undefined: there are no rows")
                : metric.get();
    }

    private Metric ifRows(String name, java.util.function.Supplier<Metric> metric) {
        return data.total() == 0
                ? Metric.undefined(name, Direction.HIGHER_IS_BETTER, name + " is undefined: there are no rows")
                : metric.get();
    }

    private MulticlassData copy(int[] weights) {
        return new MulticlassData(data.classNames(), data.labels(), data.predicted(), data.probabilities(), weights,
                data.columns());
    }

    private static List<String> checkedNames(List<String> classNames) {
        List<String> names = List.copyOf(classNames);
        if (names.size() < 2 || new java.util.HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("expected at least two distinct class names, got " + names);
        }
        return names;
    }

    private static int[] checkedClasses(int[] classes, int k, String what) {
        if (classes == null) {
            throw new IllegalArgumentException(what + "s must not be null");
        }
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= k) {
                throw new IllegalArgumentException(what + " at index " + i + " is " + classes[i]
                        + ", not a class index in [0, " + k + ")");
            }
        }
        return classes.clone();
    }
}
