package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.MULTICLASS;
import static dev.mlgate.assertions.Fixtures.ONE_CLASS;
import static dev.mlgate.assertions.Fixtures.REGRESSION;
import static dev.mlgate.assertions.Fixtures.SCORES;
import static dev.mlgate.assertions.Fixtures.lines;
import static dev.mlgate.assertions.MlAssertions.assertThat;
import static dev.mlgate.assertions.MlAssertions.then;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlgate.metrics.Average;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.ZeroDivision;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractDoubleAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in metric as a double assertion. The values are the engine's on the Fixtures inputs, each equal to
 * the scikit-learn 1.2.1 value the engine's own tests pin (BinaryScoresTest, ThresholdMetricsTest at 0.6,
 * BinaryCurvesTest for the calibration error, MulticlassPredictionsTest, RegressionPredictionsTest), except
 * where the engine's compensated sums give the exactly rounded sum of the same terms (Python math.fsum),
 * one ulp from scikit-learn's plain summation: pr_auc 0.7251833814333815 (sklearn ...813), brier_score
 * 0.23333333333333336 (sklearn ...3333) and the multiclass log_loss 3.731335163516535 (sklearn ...5355).
 */
class PredictionsAssertTest {

    static Stream<Arguments> metrics() {
        return Stream.of(
                metric("roc_auc", 0.6944444444444444, () -> assertThat(SCORES).rocAuc()),
                metric("average_precision", 0.6930916305916306, () -> assertThat(SCORES).averagePrecision()),
                metric("pr_auc", 0.7251833814333815, () -> assertThat(SCORES).prAuc()),
                metric("log_loss", 0.6540776388398495, () -> assertThat(SCORES).logLoss()),
                metric("brier_score", 0.23333333333333336, () -> assertThat(SCORES).brierScore()),
                metric("expected_calibration_error", 0.2833333333333333,
                        () -> assertThat(SCORES).expectedCalibrationError()),
                metric("accuracy@0.6", 0.5833333333333334, () -> assertThat(SCORES).accuracyAt(0.6)),
                metric("precision@0.6", 0.5714285714285714, () -> assertThat(SCORES).precisionAt(0.6)),
                metric("recall@0.6", 0.6666666666666666, () -> assertThat(SCORES).recallAt(0.6)),
                metric("specificity@0.6", 0.5, () -> assertThat(SCORES).specificityAt(0.6)),
                metric("f1@0.6", 0.6153846153846153, () -> assertThat(SCORES).f1At(0.6)),
                metric("f_beta(2.0)@0.6", 0.6451612903225806, () -> assertThat(SCORES).fBetaAt(0.6, 2)),
                metric("mcc@0.6", 0.1690308509457033, () -> assertThat(SCORES).mccAt(0.6)),
                metric("balanced_accuracy@0.6", 0.5833333333333333, () -> assertThat(SCORES).balancedAccuracyAt(0.6)),
                metric("accuracy", 0.5833333333333334, () -> assertThat(MULTICLASS).accuracy()),
                metric("top_2_accuracy", 0.8333333333333334, () -> assertThat(MULTICLASS).topKAccuracy(2)),
                metric("precision_macro", 0.5555555555555555, () -> assertThat(MULTICLASS).precision(Average.MACRO)),
                metric("recall_macro", 0.5722222222222223, () -> assertThat(MULTICLASS).recall(Average.MACRO)),
                metric("f1_weighted", 0.5569985569985569, () -> assertThat(MULTICLASS).f1(Average.WEIGHTED)),
                metric("log_loss", 3.731335163516535, () -> assertThat(MULTICLASS).logLoss()),
                metric("roc_auc_ovr", 0.7342592592592593, () -> assertThat(MULTICLASS).rocAucOneVsRest()),
                metric("roc_auc_ovr_weighted", 0.7361111111111112,
                        () -> assertThat(MULTICLASS).rocAucOneVsRestWeighted()),
                metric("rmse", 1.0077822185373186, () -> assertThat(REGRESSION).rmse()),
                metric("mae", 0.6875, () -> assertThat(REGRESSION).mae()),
                metric("mape", 140737488355328.22, () -> assertThat(REGRESSION).mape()),
                metric("median_absolute_error", 0.5, () -> assertThat(REGRESSION).medianAbsoluteError()),
                metric("max_error", 2.5, () -> assertThat(REGRESSION).maxError()),
                metric("r2", 0.910951280075349, () -> assertThat(REGRESSION).r2()),
                metric("explained_variance", 0.9164312013014813, () -> assertThat(REGRESSION).explainedVariance()));
    }

    private static Arguments metric(String name, double value, Supplier<AbstractDoubleAssert<?>> assertion) {
        return arguments(name, value, assertion);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void should_pass_a_metric_that_reaches_its_threshold(String name, double value,
            Supplier<AbstractDoubleAssert<?>> assertion) {
        assertThatNoException().isThrownBy(() -> assertion.get().isGreaterThanOrEqualTo(value).isLessThanOrEqualTo(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void should_fail_a_metric_that_misses_its_threshold_naming_the_metric(String name, double value,
            Supplier<AbstractDoubleAssert<?>> assertion) {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertion.get().isGreaterThan(value))
                .withMessage(lines("[" + name + "] ", "Expecting actual:", "  " + value, "to be greater than:",
                        "  " + value, ""));
    }

    @Test
    void should_fail_an_undefined_metric_with_the_engines_reason() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(ONE_CLASS).rocAuc().isGreaterThanOrEqualTo(0.85))
                .withMessage(lines("", "Expecting actual:", "  BinaryScores[rows=3, positives=0, negatives=3]",
                        "to have a defined roc_auc,",
                        "but ROC AUC is undefined: the evaluation rows hold only one class (positive: 0, negative: 3)"));
    }

    @Test
    void should_fail_a_multiclass_metric_undefined_without_probabilities() {
        MulticlassPredictions classes = MulticlassPredictions.ofPredictedClasses(List.of("a", "b"), new int[] {0, 1},
                new int[] {0, 0});

        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> then(classes).logLoss().isLessThan(1))
                .withMessage(lines("", "Expecting actual:", "  MulticlassPredictions[rows=2, classes=[a, b]]",
                        "to have a defined log_loss,", "but " + classes.logLoss().undefinedReason()));
    }

    @Test
    void should_fail_a_zero_division_unless_a_policy_gives_it_a_value() {
        // at 0.95 no row is predicted positive (ThresholdMetricsTest)
        assertThatNoException().isThrownBy(
                () -> assertThat(SCORES).withZeroDivision(ZeroDivision.ZERO).precisionAt(0.95).isZero());
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(SCORES).precisionAt(0.95))
                .withMessage(lines("", "Expecting actual:", "  BinaryScores[rows=12, positives=6, negatives=6]",
                        "to have a defined precision@0.95,",
                        "but precision@0.95 is undefined: no row has a score >= 0.95 (no predicted positives); "
                                + "choose ZeroDivision.ZERO or ONE to give it a value"));
    }

    @Test
    void should_assert_on_any_metric_function() {
        assertThatNoException().isThrownBy(() -> then(REGRESSION).metric(p -> p.rmse()).isLessThan(1.01));
        assertThatNoException().isThrownBy(() -> then(SCORES).metric(BinaryScores::logLoss).isLessThan(0.66));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(SCORES).metric(s -> s.at(0.6).fBeta(0.5)).isGreaterThan(0.6))
                .withMessage(lines("[f_beta(0.5)@0.6] ", "Expecting actual:", "  0.588235294117647",
                        "to be greater than:", "  0.6", ""));
    }
}
