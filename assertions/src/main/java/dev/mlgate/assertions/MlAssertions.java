package dev.mlgate.assertions;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The entry point of mlgate's assertions, for {@code @Check} methods and plain JUnit Jupiter tests: fluent,
 * AssertJ-style assertions on tables, columns, predictions and candidate-versus-baseline comparisons, computed
 * by the engine's own constraint, metric and statistics code. {@code then(...)} is the BDD spelling of
 * {@code assertThat(...)}; {@link SoftMlAssertions} collects failures instead of stopping at the first.
 *
 * <pre><code class='java'>
 * import static dev.mlgate.assertions.MlAssertions.assertThat;
 *
 * assertThat(customers).hasNoDuplicateRows().column("age").allBetween(0, 120);
 * assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);
 * </code></pre>
 */
public final class MlAssertions {

    private MlAssertions() {
    }

    /**
     * Assertions on a table.
     * <p>Example: {@code assertThat(customers).hasRowCountBetween(1_000, 50_000);}
     *
     * @param actual the table
     * @return its assertions
     */
    public static TableAssert assertThat(Table actual) {
        return new TableAssert(actual);
    }

    /**
     * Assertions on a column.
     * <p>Example: {@code assertThat(customers.column("age")).allBetween(0, 120);}
     *
     * @param actual the column
     * @return its assertions
     */
    public static ColumnAssert assertThat(Column<?> actual) {
        return new ColumnAssert(actual);
    }

    /**
     * Assertions on a binary classifier's scores.
     * <p>Example: {@code assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);}
     *
     * @param actual the scores
     * @return their assertions
     */
    public static BinaryScoresAssert assertThat(BinaryScores actual) {
        return new BinaryScoresAssert(actual);
    }

    /**
     * Assertions on a multiclass classifier's predictions.
     * <p>Example: {@code assertThat(predictions).accuracy().isGreaterThan(0.9);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public static MulticlassPredictionsAssert assertThat(MulticlassPredictions actual) {
        return new MulticlassPredictionsAssert(actual);
    }

    /**
     * Assertions on a regression model's predictions.
     * <p>Example: {@code assertThat(predictions).rmse().isLessThan(12.5);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public static RegressionPredictionsAssert assertThat(RegressionPredictions actual) {
        return new RegressionPredictionsAssert(actual);
    }

    /**
     * Assertions on a candidate against a baseline on the same rows.
     * <p>Example: {@code assertThat(Comparison.of(candidate, production)).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.005);}
     *
     * @param actual the candidate and the baseline
     * @param <V> the kind of predictions
     * @return their assertions
     */
    public static <V extends Resamplable<V>> ComparisonAssert<V> assertThat(Comparison<V> actual) {
        return new ComparisonAssert<>(actual);
    }

    /**
     * BDD alias of {@link #assertThat(Table)}.
     * <p>Example: {@code then(customers).hasColumns("id", "age");}
     *
     * @param actual the table
     * @return its assertions
     */
    public static TableAssert then(Table actual) {
        return assertThat(actual);
    }

    /**
     * BDD alias of {@link #assertThat(Column)}.
     * <p>Example: {@code then(customers.column("id")).hasUniqueValues();}
     *
     * @param actual the column
     * @return its assertions
     */
    public static ColumnAssert then(Column<?> actual) {
        return assertThat(actual);
    }

    /**
     * BDD alias of {@link #assertThat(BinaryScores)}.
     * <p>Example: {@code then(scores).logLoss().isLessThan(0.35);}
     *
     * @param actual the scores
     * @return their assertions
     */
    public static BinaryScoresAssert then(BinaryScores actual) {
        return assertThat(actual);
    }

    /**
     * BDD alias of {@link #assertThat(MulticlassPredictions)}.
     * <p>Example: {@code then(predictions).f1(Average.MACRO).isGreaterThan(0.7);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public static MulticlassPredictionsAssert then(MulticlassPredictions actual) {
        return assertThat(actual);
    }

    /**
     * BDD alias of {@link #assertThat(RegressionPredictions)}.
     * <p>Example: {@code then(predictions).r2().isGreaterThan(0.8);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public static RegressionPredictionsAssert then(RegressionPredictions actual) {
        return assertThat(actual);
    }

    /**
     * BDD alias of {@link #assertThat(Comparison)}.
     * <p>Example: {@code then(Comparison.of(candidate, production)).isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05);}
     *
     * @param actual the candidate and the baseline
     * @param <V> the kind of predictions
     * @return their assertions
     */
    public static <V extends Resamplable<V>> ComparisonAssert<V> then(Comparison<V> actual) {
        return assertThat(actual);
    }
}
