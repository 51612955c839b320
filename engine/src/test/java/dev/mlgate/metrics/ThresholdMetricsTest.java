package dev.mlgate.metrics;

import static dev.mlgate.metrics.BinaryScoresTest.A;
import static dev.mlgate.metrics.BinaryScoresTest.A_WEIGHTED;
import static dev.mlgate.metrics.BinaryScoresTest.ONE_CLASS;
import static dev.mlgate.metrics.BinaryScoresTest.PERFECT;
import static dev.mlgate.metrics.Reference.assertMatches;
import static dev.mlgate.metrics.Reference.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Threshold metrics against scikit-learn 1.2.1 on {@code y_pred = score >= t} (metrics_reference.py). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ThresholdMetricsTest {

    @Test
    void a_score_equal_to_the_threshold_is_predicted_positive() {
        ThresholdMetrics m = A.at(0.6);
        assertThat(m.tp()).isEqualTo(4);
        assertThat(m.fp()).isEqualTo(3);
        assertThat(m.tn()).isEqualTo(3);
        assertThat(m.fn()).isEqualTo(2);
    }

    @Test
    void confusion_metrics_match_sklearn_on_input_a_at_0_6() {
        ThresholdMetrics m = A.at(0.6); // sklearn 1.2.1 on INPUT_A, y_pred = score >= 0.6
        assertMatches(m.accuracy(), 0.5833333333333334);
        assertMatches(m.balancedAccuracy(), 0.5833333333333333);
        assertMatches(m.mcc(), 0.1690308509457033);
        assertMatches(m.precision(), 0.5714285714285714);
        assertMatches(m.recall(), 0.6666666666666666);
        assertMatches(m.specificity(), 0.5);
        assertMatches(m.f1(), 0.6153846153846153);
        assertMatches(m.fBeta(2), 0.6451612903225806);
        assertMatches(m.fBeta(0.5), 0.588235294117647);
    }

    @Test
    void confusion_metrics_with_integer_weights_match_sklearn_sample_weight() {
        ThresholdMetrics m = A_WEIGHTED.at(0.6); // sklearn 1.2.1 on INPUT_A, sample_weight=WEIGHTS_A
        assertMatches(m.accuracy(), 0.7058823529411765);
        assertMatches(m.balancedAccuracy(), 0.7348484848484849);
        assertMatches(m.mcc(), 0.4497006112188861);
        assertMatches(m.precision(), 0.5555555555555556);
        assertMatches(m.recall(), 0.8333333333333334);
        assertMatches(m.specificity(), 0.6363636363636364);
        assertMatches(m.f1(), 0.6666666666666667);
        assertMatches(m.fBeta(2), 0.7575757575757576);
        assertMatches(m.fBeta(0.5), 0.5952380952380952);
    }

    @Test
    void perfect_predictions_score_one_everywhere() {
        ThresholdMetrics m = PERFECT.at(0.5); // sklearn 1.2.1 on PERFECT at 0.5: every metric 1.0
        for (Metric metric : new Metric[] {m.accuracy(), m.balancedAccuracy(), m.mcc(), m.precision(), m.recall(),
                m.specificity(), m.f1(), m.fBeta(2)}) {
            assertMatches(metric, 1.0);
        }
    }

    @Test
    void no_predicted_positives_make_precision_a_zero_division_under_each_policy() {
        ThresholdMetrics m = A.at(0.95); // sklearn 1.2.1 on INPUT_A at 0.95 (nothing predicted positive)
        assertUndefined(m.precision(), "precision@0.95 is undefined: no row has a score >= 0.95");
        assertMatches(m.withZeroDivision(ZeroDivision.ZERO).precision(), 0.0); // precision_score(zero_division=0)
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).precision(), 1.0); // precision_score(zero_division=1)
        // recall and F are not zero divisions here: tp + fn > 0
        assertMatches(m.recall(), 0.0);
        assertMatches(m.f1(), 0.0);
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).f1(), 0.0); // f1_score(zero_division=1)
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).fBeta(2), 0.0); // fbeta_score(beta=2, zero_division=1)
        assertMatches(m.mcc(), 0.0); // matthews_corrcoef: zero denominator gives 0
        assertMatches(m.specificity(), 1.0);
        assertMatches(m.accuracy(), 0.5);
        assertMatches(m.balancedAccuracy(), 0.5);
    }

    @Test
    void no_positive_rows_make_recall_a_zero_division_under_each_policy() {
        ThresholdMetrics m = ONE_CLASS.at(0.3); // sklearn 1.2.1 on ONE_CLASS at 0.3 (no positives, 2 predicted)
        assertUndefined(m.recall(), "recall@0.3 is undefined: the rows hold no positives");
        assertMatches(m.withZeroDivision(ZeroDivision.ZERO).recall(), 0.0); // recall_score(zero_division=0)
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).recall(), 1.0); // recall_score(zero_division=1)
        assertMatches(m.precision(), 0.0);
        assertMatches(m.f1(), 0.0);
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).f1(), 0.0); // f1_score(zero_division=1)
        assertMatches(m.specificity(), 0.3333333333333333);
        assertMatches(m.balancedAccuracy(), 0.3333333333333333); // balanced_accuracy_score: only class 0 present
        assertMatches(m.mcc(), 0.0);
    }

    @Test
    void no_positives_and_no_predicted_positives_make_f_score_itself_a_zero_division() {
        ThresholdMetrics m = ONE_CLASS.at(0.9); // sklearn 1.2.1 on ONE_CLASS at 0.9
        assertUndefined(m.f1(), "f1@0.9 is undefined: the rows hold no positives and no row has a score >= 0.9");
        assertMatches(m.withZeroDivision(ZeroDivision.ZERO).f1(), 0.0); // f1_score(zero_division=0)
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).f1(), 1.0); // f1_score(zero_division=1)
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).fBeta(0.5), 1.0); // fbeta_score(beta=0.5, zero_division=1)
        assertMatches(m.withZeroDivision(ZeroDivision.ZERO).precision(), 0.0);
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).precision(), 1.0);
        assertMatches(m.accuracy(), 1.0);
        assertMatches(m.balancedAccuracy(), 1.0);
        assertMatches(m.mcc(), 0.0);
    }

    @Test
    void specificity_without_negative_rows_follows_the_policy() {
        ThresholdMetrics m = PERFECT.subset(new int[] {0, 1}).at(0.5);
        assertUndefined(m.specificity(), "no negatives");
        assertMatches(m.withZeroDivision(ZeroDivision.ONE).specificity(), 1.0);
        assertMatches(m.withZeroDivision(ZeroDivision.ZERO).specificity(), 0.0);
    }

    @Test
    void metric_names_carry_the_threshold_and_direction() {
        Metric precision = A.at(0.6).precision();
        assertThat(precision.name()).isEqualTo("precision@0.6");
        assertThat(precision.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> A.at(0.6).fBeta(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> A.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
