package dev.mlgate.metrics;

import static dev.mlgate.metrics.Reference.assertMatches;
import static dev.mlgate.metrics.Reference.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** {@link RegressionPredictions} against scikit-learn 1.2.1 (metrics_reference.py). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegressionPredictionsTest {

    // REG: includes an actual value of 0.0 (MAPE's epsilon) and a negative actual value
    static final double[] REG_ACTUAL = {3.0, -0.5, 2.0, 7.0, 0.0, 4.5, 1.25, 10.0};
    static final double[] REG_PRED = {2.5, 0.0, 2.0, 8.0, 0.25, 4.0, 1.0, 7.5};
    static final int[] REG_WEIGHTS = {1, 3, 0, 2, 1, 1, 4, 2};
    static final RegressionPredictions REG = RegressionPredictions.of(REG_ACTUAL, REG_PRED);
    static final RegressionPredictions REG_WEIGHTED = REG.withWeights(REG_WEIGHTS);

    @Test
    void error_metrics_match_sklearn() {
        assertMatches(REG.rmse(), 1.0077822185373186); // sklearn 1.2.1 mean_squared_error(squared=False) on REG
        assertMatches(REG.mae(), 0.6875); // mean_absolute_error
        assertMatches(REG.r2(), 0.910951280075349); // r2_score
        assertMatches(REG.explainedVariance(), 0.9164312013014813); // explained_variance_score
        assertMatches(REG.maxError(), 2.5); // max_error
        assertMatches(REG.medianAbsoluteError(), 0.5); // median_absolute_error
        assertThat(REG.rmse().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(REG.r2().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void mse_and_the_bias_match_sklearn_and_numpy() {
        assertMatches(REG.mse(), 1.015625); // sklearn 1.2.1 mean_squared_error on REG
        assertMatches(REG_WEIGHTED.mse(), 1.1473214285714286); // mean_squared_error(sample_weight=REG_WEIGHTS)
        // bias is prediction minus actual: numpy 1.24.2 np.mean(pred - actual), np.average(..., weights=REG_WEIGHTS)
        assertMatches(REG.meanError(), -0.25);
        assertMatches(REG_WEIGHTED.meanError(), -0.23214285714285715);
        assertThat(REG.mse().name()).isEqualTo("mse");
        assertThat(REG.meanError().name()).isEqualTo("mean_error");
    }

    @Test
    void per_row_errors_are_prediction_minus_actual_for_user_written_metrics() {
        // numpy: np.subtract(REG_PRED, REG_ACTUAL)
        assertThat(REG.errors()).containsExactly(-0.5, 0.5, 0.0, 1.0, 0.25, -0.5, -0.25, -2.5);
        assertThat(REG.error(7)).isEqualTo(-2.5);
        assertThat(REG.actual(7)).isEqualTo(10.0);
        assertThat(REG.predicted(7)).isEqualTo(7.5);
        assertThat(REG_WEIGHTED.errors()).containsExactly(REG.errors());
        assertThat(REG.subset(new int[] {7, 1}).errors()).containsExactly(-2.5, 0.5);
    }

    @Test
    void mape_divides_by_machine_epsilon_when_the_actual_value_is_zero() {
        assertMatches(REG.mape(), 140737488355328.22); // sklearn 1.2.1 mean_absolute_percentage_error on REG
    }

    @Test
    void integer_weights_match_sklearn_sample_weight() {
        // sklearn 1.2.1 with sample_weight=REG_WEIGHTS (equal to the replicated rows)
        assertMatches(REG_WEIGHTED.rmse(), 1.0711309110334875);
        assertMatches(REG_WEIGHTED.mae(), 0.7678571428571429);
        assertMatches(REG_WEIGHTED.mape(), 80421421917330.62);
        assertMatches(REG_WEIGHTED.r2(), 0.9152853644754191);
        assertMatches(REG_WEIGHTED.explainedVariance(), 0.9192644565831607);
        assertMatches(REG_WEIGHTED.maxError(), 2.5); // max_error over rows with weight > 0
        assertMatches(REG_WEIGHTED.medianAbsoluteError(), 0.5); // median_absolute_error on replicated rows
    }

    @Test
    void an_odd_number_of_rows_gives_the_same_numbers_as_sklearn() {
        RegressionPredictions odd = REG.subset(new int[] {0, 1, 2, 3, 4, 5, 6}); // REG[:7]
        assertMatches(odd.rmse(), 0.5175491695067657);
        assertMatches(odd.r2(), 0.9548775247099269);
        assertMatches(odd.explainedVariance(), 0.9557370004297379);
        assertMatches(odd.maxError(), 1.0);
        assertMatches(odd.mape(), 160842843834660.78);
    }

    @Test
    void median_absolute_error_with_weights_is_the_median_of_the_replicated_rows() {
        RegressionPredictions med = RegressionPredictions.of(new double[] {1, 2, 3, 4}, new double[] {1.1, 2.5, 2.0, 5.5});
        assertMatches(med.medianAbsoluteError(), 0.75); // sklearn 1.2.1 median_absolute_error on MEDIAN
        // sklearn median_absolute_error on np.repeat(MEDIAN, w)
        assertMatches(med.withWeights(new int[] {1, 1, 3, 1}).medianAbsoluteError(), 1.0);
        assertMatches(med.withWeights(new int[] {2, 1, 1, 2}).medianAbsoluteError(), 0.75); // sklearn's weighted path: 0.5
        assertMatches(med.withWeights(new int[] {0, 1, 1, 1}).medianAbsoluteError(), 1.0);
    }

    @Test
    void constant_actual_values_give_r2_zero_unless_predictions_are_perfect() {
        RegressionPredictions imperfect = RegressionPredictions.of(new double[] {2, 2, 2, 2}, new double[] {2, 2.5, 1, 2});
        assertMatches(imperfect.r2(), 0.0); // sklearn 1.2.1 r2_score (force_finite=True) on CONSTANT_ACTUAL imperfect
        assertMatches(imperfect.explainedVariance(), 0.0);
        assertMatches(imperfect.medianAbsoluteError(), 0.25);
        RegressionPredictions perfect = RegressionPredictions.of(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        assertMatches(perfect.r2(), 1.0); // ... CONSTANT_ACTUAL perfect
        assertMatches(perfect.explainedVariance(), 1.0);
    }

    @Test
    void constancy_is_detected_exactly_even_where_the_mean_rounds() {
        // sklearn 1.2.1 gives -1.7e31 here because mean([0.1]*3) != 0.1; force_finite's documented intent is 0.0
        RegressionPredictions tenths = RegressionPredictions.of(new double[] {0.1, 0.1, 0.1}, new double[] {0.2, 0.1, 0.1});
        assertMatches(tenths.r2(), 0.0);
    }

    @Test
    void perfect_predictions_have_zero_errors_and_r2_of_one() {
        RegressionPredictions perfect = RegressionPredictions.of(new double[] {1, 2, 3.5}, new double[] {1, 2, 3.5});
        assertMatches(perfect.rmse(), 0.0); // sklearn 1.2.1 on PERFECT_REG
        assertMatches(perfect.mae(), 0.0);
        assertMatches(perfect.mape(), 0.0);
        assertMatches(perfect.maxError(), 0.0);
        assertMatches(perfect.medianAbsoluteError(), 0.0);
        assertMatches(perfect.r2(), 1.0);
        assertMatches(perfect.explainedVariance(), 1.0);
    }

    @Test
    void constant_residuals_explain_all_variance() {
        RegressionPredictions shifted = RegressionPredictions.of(new double[] {1, 2, 4}, new double[] {0.5, 1.5, 3.5});
        assertMatches(shifted.explainedVariance(), 1.0); // sklearn 1.2.1 on CONSTANT_RESIDUAL
        assertMatches(shifted.r2(), 0.8392857142857143);
        assertMatches(shifted.mape(), 0.2916666666666667);
    }

    @Test
    void r2_of_a_single_row_and_metrics_of_no_rows_are_undefined() {
        assertUndefined(RegressionPredictions.of(new double[] {1}, new double[] {2}).r2(), "at least two rows");
        RegressionPredictions empty = REG.withWeights(new int[8]);
        assertUndefined(empty.rmse(), "no rows");
        assertUndefined(empty.medianAbsoluteError(), "no rows");
        assertUndefined(empty.r2(), "no rows");
    }

    @Test
    void construction_rejects_non_finite_values_naming_the_index() {
        assertThatThrownBy(() -> RegressionPredictions.of(new double[] {1, 2}, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    }
}
