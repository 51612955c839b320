package dev.mlgate.metrics;

import dev.mlgate.metrics.internal.RegressionData;
import dev.mlgate.metrics.internal.RegressionMetrics;
import dev.mlgate.metrics.internal.Rows;
import dev.mlgate.metrics.internal.Weights;
import java.util.function.DoubleSupplier;

/**
 * The evaluation view of a regression model: an actual and a predicted value per row, with optional integer
 * frequency weights (weight k = the row repeated k times, 0 = absent). Immutable. Every metric equals
 * scikit-learn 1.2's with {@code sample_weight=weights}, except where a method says otherwise; every metric
 * is undefined, with a reason, when there are no rows.
 */
public final class RegressionPredictions implements Resamplable<RegressionPredictions> {

    private final RegressionData data;

    private RegressionPredictions(RegressionData data) {
        this.data = data;
    }

    /**
     * A view with every row weighted 1.
     *
     * @param actual    the true values, finite; copied
     * @param predicted the predictions, finite; copied
     * @return the view
     * @throws IllegalArgumentException on a length mismatch or a non-finite value (naming its 0-based index)
     */
    public static RegressionPredictions of(double[] actual, double[] predicted) {
        if (actual == null || predicted == null || actual.length != predicted.length) {
            throw new IllegalArgumentException("actual and predicted values must be non-null and of equal length");
        }
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("row at index " + i + " is not finite: actual " + actual[i]
                        + ", predicted " + predicted[i]);
            }
        }
        double[] y = actual.clone();
        double[] p = predicted.clone();
        return new RegressionPredictions(new RegressionData(y, p, null, new RegressionData.ResidualOrder(y, p)));
    }

    /**
     * A view with frequency weights.
     *
     * @param actual    the true values
     * @param predicted the predictions
     * @param weights   one non-negative weight per row
     * @return the view
     */
    public static RegressionPredictions of(double[] actual, double[] predicted, int[] weights) {
        return of(actual, predicted).withWeights(weights);
    }

    @Override
    public RegressionPredictions withWeights(int[] weights) {
        return new RegressionPredictions(new RegressionData(data.actual(), data.predicted(),
                Weights.checkedCopy(weights, data.size()), data.residualOrder()));
    }

    /**
     * The rows at the given indices (a slice), keeping their weights.
     *
     * @param rowIndices distinct row indices
     * @return the slice
     */
    public RegressionPredictions subset(int[] rowIndices) {
        int[] rows = Rows.checkedSubset(rowIndices, data.size());
        double[] y = new double[rows.length];
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = data.actual()[rows[i]];
            p[i] = data.predicted()[rows[i]];
        }
        return new RegressionPredictions(new RegressionData(y, p, Weights.select(data.weights(), rows),
                new RegressionData.ResidualOrder(y, p)));
    }

    /**
     * The rows a mask keeps.
     *
     * @param mask one flag per row
     * @return the slice
     */
    public RegressionPredictions filter(boolean[] mask) {
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
     * @return the row's true value
     */
    public double actual(int row) {
        return data.actual()[row];
    }

    /**
     * @param row a 0-based row index
     * @return the row's prediction
     */
    public double predicted(int row) {
        return data.predicted()[row];
    }

    /**
     * The signed error of one row, {@code prediction - actual}: positive when the model over-predicts.
     *
     * @param row a 0-based row index
     * @return the row's error
     */
    public double error(int row) {
        return data.predicted()[row] - data.actual()[row];
    }

    /**
     * The signed error of every stored row, {@code prediction - actual}, in row order (rows of weight 0
     * included; {@link #weight(int)} gives each row's weight), for metrics written by users.
     *
     * @return a new array
     */
    public double[] errors() {
        double[] errors = new double[data.size()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = error(i);
        }
        return errors;
    }

    /**
     * Mean squared error {@code mean((y - p)^2)} ({@code mean_squared_error}).
     *
     * @return the metric, lower is better
     */
    public Metric mse() {
        return lower("mse", () -> RegressionMetrics.meanSquaredError(data));
    }

    /**
     * Mean error, the bias {@code mean(p - y)}: prediction minus actual, so positive means the model
     * over-predicts on average ({@code numpy.average(p - y, weights=w)}). Its direction says lower is better,
     * which is right for a model that over-predicts; a gate on the size of the bias either way can return
     * {@code Math.abs(meanError().value())} as a {@code @LowerIsBetter double}.
     *
     * @return the metric, lower is better
     */
    public Metric meanError() {
        return lower("mean_error", () -> RegressionMetrics.meanError(data));
    }

    /**
     * Root mean squared error {@code sqrt(mean((y - p)^2))} ({@code mean_squared_error(squared=False)}).
     *
     * @return the metric, lower is better
     */
    public Metric rmse() {
        return lower("rmse", () -> Math.sqrt(RegressionMetrics.meanSquaredError(data)));
    }

    /**
     * Mean absolute error {@code mean(|y - p|)} ({@code mean_absolute_error}).
     *
     * @return the metric, lower is better
     */
    public Metric mae() {
        return lower("mae", () -> RegressionMetrics.meanAbsoluteError(data));
    }

    /**
     * Mean absolute percentage error {@code mean(|y - p| / max(|y|, eps))} with eps = 2^-52, as a fraction
     * (not times 100), exactly as {@code mean_absolute_percentage_error}: an actual value of 0 makes it huge,
     * not undefined.
     *
     * @return the metric, lower is better
     */
    public Metric mape() {
        return lower("mape", () -> RegressionMetrics.meanAbsolutePercentageError(data));
    }

    /**
     * Median absolute error: the median of {@code |y - p|} over the rows repeated by their weights (numpy's
     * median, averaging the two middle values for an even count). Unweighted, this is scikit-learn's
     * {@code median_absolute_error}; with integer weights it equals that function on the replicated rows.
     * (scikit-learn's own {@code sample_weight} path takes a lower weighted percentile without averaging, which
     * differs from replication for an even total weight; mlgate keeps weights and replication equivalent.)
     *
     * @return the metric, lower is better
     */
    public Metric medianAbsoluteError() {
        return lower("median_absolute_error", () -> RegressionMetrics.medianAbsoluteError(data));
    }

    /**
     * The largest absolute error over rows of non-zero weight ({@code max_error}, which takes no weights).
     *
     * @return the metric, lower is better
     */
    public Metric maxError() {
        return lower("max_error", () -> RegressionMetrics.maxError(data));
    }

    /**
     * R², {@code 1 - SS_res / SS_tot} ({@code r2_score}, {@code force_finite=True}): 1.0 for perfect predictions
     * and 0.0 for imperfect predictions of constant actual values. Constancy is detected exactly (all actual
     * values equal), so rounding in the mean cannot make a zero variance tiny and the score enormous, as it can
     * in scikit-learn (for example {@code r2_score([0.1]*3, [0.2, 0.1, 0.1])} is -1.7e31 there).
     *
     * @return the metric, higher is better; undefined for a total weight below 2, where scikit-learn returns NaN
     */
    public Metric r2() {
        if (data.total() == 1) {
            return Metric.undefined("r2", Direction.HIGHER_IS_BETTER,
                    "R² is undefined: it needs at least two rows, there is one");
        }
        return higher("r2", () -> RegressionMetrics.r2(data));
    }

    /**
     * Explained variance {@code 1 - Var(y - p) / Var(y)} ({@code explained_variance_score},
     * {@code force_finite=True}): 1.0 when the residuals are constant, 0.0 when only the actual values are;
     * constancy detected exactly as in {@link #r2()}.
     *
     * @return the metric, higher is better
     */
    public Metric explainedVariance() {
        return higher("explained_variance", () -> RegressionMetrics.explainedVariance(data));
    }

    private Metric lower(String name, DoubleSupplier value) {
        return metric(name, Direction.LOWER_IS_BETTER, value);
    }

    private Metric higher(String name, DoubleSupplier value) {
        return metric(name, Direction.HIGHER_IS_BETTER, value);
    }

    private Metric metric(String name, Direction direction, DoubleSupplier value) {
        if (data.total() == 0) {
            return Metric.undefined(name, direction, name + " is undefined: there are no rows");
        }
        return Metric.of(name, value.getAsDouble(), direction);
    }
}
