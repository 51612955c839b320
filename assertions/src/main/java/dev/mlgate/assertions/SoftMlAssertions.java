package dev.mlgate.assertions;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Soft assertions: every failure is collected, and {@link #assertAll()} (or the end of
 * {@link #assertSoftly(Consumer)}) reports them together. Holds mlgate's assertions and AssertJ's standard ones,
 * and follows navigation: a column of a table, a metric's value and an interval's bound collect their failures
 * too. As a JUnit Jupiter field: {@code @ExtendWith(SoftAssertionsExtension.class)} with
 * {@code @InjectSoftAssertions SoftMlAssertions softly;}.
 *
 * <pre><code class='java'>
 * SoftMlAssertions.assertSoftly(softly -&gt; {
 *     softly.assertThat(customers).column("age").allBetween(0, 120);
 *     softly.assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);
 * });
 * </code></pre>
 */
public class SoftMlAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /**
     * Runs {@code assertions} on fresh soft assertions and throws one error listing every failure, if any.
     * <p>Example: {@code SoftMlAssertions.assertSoftly(softly -> softly.assertThat(table).hasRowCount(3));}
     *
     * @param assertions the assertions
     */
    public static void assertSoftly(Consumer<SoftMlAssertions> assertions) {
        SoftAssertionsProvider.assertSoftly(SoftMlAssertions.class, assertions);
    }

    private <A extends AbstractMlAssert<?, ?>> A soft(A proxied) {
        proxied.softly = this;
        return proxied;
    }

    /**
     * Soft assertions on a table.
     * <p>Example: {@code softly.assertThat(customers).hasNoDuplicateRows();}
     *
     * @param actual the table
     * @return its assertions
     */
    public TableAssert assertThat(Table actual) {
        return soft(proxy(TableAssert.class, Table.class, actual));
    }

    /**
     * Soft assertions on a column.
     * <p>Example: {@code softly.assertThat(customers.column("age")).allBetween(0, 120);}
     *
     * @param actual the column
     * @return its assertions
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ColumnAssert assertThat(Column<?> actual) {
        return soft(proxy(ColumnAssert.class, (Class) Column.class, actual));
    }

    /**
     * Soft assertions on a binary classifier's scores.
     * <p>Example: {@code softly.assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);}
     *
     * @param actual the scores
     * @return their assertions
     */
    public BinaryScoresAssert assertThat(BinaryScores actual) {
        return soft(proxy(BinaryScoresAssert.class, BinaryScores.class, actual));
    }

    /**
     * Soft assertions on a multiclass classifier's predictions.
     * <p>Example: {@code softly.assertThat(predictions).accuracy().isGreaterThan(0.9);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public MulticlassPredictionsAssert assertThat(MulticlassPredictions actual) {
        return soft(proxy(MulticlassPredictionsAssert.class, MulticlassPredictions.class, actual));
    }

    /**
     * Soft assertions on a regression model's predictions.
     * <p>Example: {@code softly.assertThat(predictions).rmse().isLessThan(12.5);}
     *
     * @param actual the predictions
     * @return their assertions
     */
    public RegressionPredictionsAssert assertThat(RegressionPredictions actual) {
        return soft(proxy(RegressionPredictionsAssert.class, RegressionPredictions.class, actual));
    }

    /**
     * Soft assertions on a candidate against a baseline.
     * <p>Example: {@code softly.assertThat(Comparison.of(candidate, production)).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.005);}
     *
     * @param actual the candidate and the baseline
     * @param <V> the kind of predictions
     * @return their assertions
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <V extends Resamplable<V>> ComparisonAssert<V> assertThat(Comparison<V> actual) {
        return soft((ComparisonAssert<V>) proxy((Class) ComparisonAssert.class, (Class) Comparison.class, actual));
    }
}
