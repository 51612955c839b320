package dev.mlgate.metrics;

import static dev.mlgate.metrics.Reference.assertMatches;
import static dev.mlgate.metrics.Reference.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** {@link MulticlassPredictions} against scikit-learn 1.2.1 with labels=[0, 1, 2] (metrics_reference.py). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MulticlassPredictionsTest {

    static final List<String> CLASSES = List.of("cat", "dog", "bird");
    static final int[] MC_LABELS = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0};
    static final double[][] MC_PROBS = {
        {0.7, 0.2, 0.1},
        {0.4, 0.4, 0.2},
        {0.25, 0.25, 0.5},
        {0.4, 0.4, 0.2},
        {0.1, 0.8, 0.1},
        {0.3, 0.5, 0.2},
        {1.0, 0.0, 0.0},
        {0.0, 0.0, 1.0},
        {0.2, 0.2, 0.6},
        {0.5, 0.3, 0.2},
        {0.6, 0.3, 0.1},
        {0.2, 0.3, 0.5},
    };
    static final int[] MC_WEIGHTS = {1, 2, 0, 1, 1, 3, 1, 0, 2, 1, 1, 1};

    static final MulticlassPredictions MC = MulticlassPredictions.ofProbabilities(CLASSES, MC_LABELS, MC_PROBS);
    static final MulticlassPredictions MC_WEIGHTED = MC.withWeights(MC_WEIGHTS);

    @Test
    void accuracy_uses_the_first_highest_probability_as_the_prediction() {
        assertMatches(MC.accuracy(), 0.5833333333333334); // sklearn 1.2.1 accuracy_score(MC, argmax)
        assertMatches(MC_WEIGHTED.accuracy(), 0.5); // ... sample_weight=MC_WEIGHTS
    }

    @Test
    void top_k_accuracy_breaks_ties_towards_the_higher_class_index_as_sklearn() {
        assertMatches(MC.topKAccuracy(1), 0.5833333333333334); // sklearn 1.2.1 top_k_accuracy_score(MC, k=1)
        assertMatches(MC.topKAccuracy(2), 0.8333333333333334); // ... k=2
        assertMatches(MC.topKAccuracy(3), 1.0); // ... k=3
        // row 1 (tie 0.4/0.4, true class 1, weight 2) is a top-1 hit although argmax predicts class 0
        assertMatches(MC_WEIGHTED.topKAccuracy(1), 0.5714285714285714); // ... sample_weight=MC_WEIGHTS
        assertMatches(MC_WEIGHTED.topKAccuracy(2), 0.7142857142857143);
    }

    @Test
    void top_1_accuracy_with_two_classes_predicts_class_1_above_one_half() {
        MulticlassPredictions two = MulticlassPredictions.ofProbabilities(List.of("no", "yes"), new int[] {1, 0, 1, 0},
                new double[][] {{0.5, 0.5}, {0.5, 0.5}, {0.1, 0.9}, {0.8, 0.2}});
        assertMatches(two.topKAccuracy(1), 0.75); // sklearn 1.2.1 top_k_accuracy_score(y, p1, k=1, labels=[0, 1])
    }

    @Test
    void averaged_precision_recall_and_f1_match_sklearn() {
        // sklearn 1.2.1 {precision,recall,f1}_score(MC, argmax, average=...)
        assertMatches(MC.precision(Average.MACRO), 0.5555555555555555);
        assertMatches(MC.recall(Average.MACRO), 0.5722222222222223);
        assertMatches(MC.f1(Average.MACRO), 0.5440115440115441);
        assertMatches(MC.precision(Average.MICRO), 0.5833333333333334);
        assertMatches(MC.recall(Average.MICRO), 0.5833333333333334);
        assertMatches(MC.f1(Average.MICRO), 0.5833333333333334);
        assertMatches(MC.precision(Average.WEIGHTED), 0.5694444444444444);
        assertMatches(MC.recall(Average.WEIGHTED), 0.5833333333333334);
        assertMatches(MC.f1(Average.WEIGHTED), 0.5569985569985569);
    }

    @Test
    void averaged_metrics_with_integer_weights_match_sklearn_sample_weight() {
        // sklearn 1.2.1 ... sample_weight=MC_WEIGHTS
        assertMatches(MC_WEIGHTED.precision(Average.MACRO), 0.49603174603174605);
        assertMatches(MC_WEIGHTED.recall(Average.MACRO), 0.4833333333333334);
        assertMatches(MC_WEIGHTED.f1(Average.MACRO), 0.47222222222222215);
        assertMatches(MC_WEIGHTED.f1(Average.MICRO), 0.5);
        assertMatches(MC_WEIGHTED.precision(Average.WEIGHTED), 0.5136054421768707);
        assertMatches(MC_WEIGHTED.f1(Average.WEIGHTED), 0.4880952380952381);
    }

    @Test
    void log_loss_clips_and_renormalises_like_sklearn() {
        assertMatches(MC.logLoss(), 3.7313351635165355); // sklearn 1.2.1 log_loss(MC, labels=[0,1,2])
        assertMatches(MC_WEIGHTED.logLoss(), 0.9060866837878336); // ... sample_weight=MC_WEIGHTS
    }

    @Test
    void one_vs_rest_roc_auc_matches_sklearn_macro_and_weighted() {
        assertMatches(MC.rocAucOneVsRest(), 0.7342592592592593); // sklearn 1.2.1 roc_auc_score(ovr, macro)
        assertMatches(MC.rocAucOneVsRestWeighted(), 0.7361111111111112); // ... (ovr, weighted)
        assertMatches(MC_WEIGHTED.rocAucOneVsRest(), 0.7592592592592592); // ... sample_weight=MC_WEIGHTS
        assertMatches(MC_WEIGHTED.rocAucOneVsRestWeighted(), 0.7634920634920634);
    }

    @Test
    void one_vs_rest_roc_auc_is_undefined_when_a_class_has_no_true_rows() {
        MulticlassPredictions noBird = MC.filter(new boolean[] {true, true, false, true, true, false, true, true, false,
            true, true, true});
        assertUndefined(noBird.rocAucOneVsRest(), "class 'bird' has 0 of the 9 rows");
    }

    @Test
    void a_class_never_predicted_makes_precision_a_zero_division() {
        MulticlassPredictions p = MulticlassPredictions.ofPredictedClasses(CLASSES, new int[] {0, 0, 1, 1, 2, 2},
                new int[] {0, 0, 0, 1, 1, 1});
        assertUndefined(p.precision(Average.MACRO), "class 'bird' has no predicted rows");
        assertUndefined(p.precision(Average.WEIGHTED), "class 'bird' has no predicted rows");
        // sklearn 1.2.1 precision_score(average=..., zero_division=0/1) on NEVER_PREDICTED
        assertMatches(p.withZeroDivision(ZeroDivision.ZERO).precision(Average.MACRO), 0.3333333333333333);
        assertMatches(p.withZeroDivision(ZeroDivision.ONE).precision(Average.MACRO), 0.6666666666666666);
        assertMatches(p.withZeroDivision(ZeroDivision.ONE).precision(Average.WEIGHTED), 0.6666666666666666);
        assertMatches(p.precision(Average.MICRO), 0.5);
        assertMatches(p.recall(Average.MACRO), 0.5);
        assertMatches(p.f1(Average.MACRO), 0.4000000000000001); // f1 of the never-predicted class is 0
        assertMatches(p.withZeroDivision(ZeroDivision.ONE).f1(Average.MACRO), 0.4000000000000001);
    }

    @Test
    void a_class_predicted_but_never_true_makes_recall_a_zero_division() {
        MulticlassPredictions p = MulticlassPredictions.ofPredictedClasses(CLASSES, new int[] {0, 0, 1, 1},
                new int[] {0, 2, 1, 1});
        assertUndefined(p.recall(Average.MACRO), "class 'bird' has no true rows");
        // sklearn 1.2.1 recall_score(average=..., zero_division=0/1) on NEVER_TRUE
        assertMatches(p.withZeroDivision(ZeroDivision.ZERO).recall(Average.MACRO), 0.5);
        assertMatches(p.withZeroDivision(ZeroDivision.ONE).recall(Average.MACRO), 0.8333333333333334);
        assertMatches(p.recall(Average.WEIGHTED), 0.75); // class 'bird' has weight 0 in the weighted average
        assertMatches(p.precision(Average.MACRO), 0.6666666666666666);
        assertMatches(p.precision(Average.WEIGHTED), 1.0);
        assertMatches(p.f1(Average.MACRO), 0.5555555555555555);
        assertMatches(p.f1(Average.WEIGHTED), 0.8333333333333333);
    }

    @Test
    void perfect_predictions_score_one() {
        MulticlassPredictions p = MulticlassPredictions.ofPredictedClasses(CLASSES, new int[] {0, 1, 2, 2},
                new int[] {0, 1, 2, 2});
        for (Average average : Average.values()) { // sklearn 1.2.1 on PERFECT_MC: all 1.0
            assertMatches(p.precision(average), 1.0);
            assertMatches(p.recall(average), 1.0);
            assertMatches(p.f1(average), 1.0);
        }
        assertMatches(p.accuracy(), 1.0);
    }

    @Test
    void probability_metrics_of_predicted_classes_only_are_undefined() {
        MulticlassPredictions p = MulticlassPredictions.ofPredictedClasses(CLASSES, new int[] {0, 1}, new int[] {0, 1});
        assertUndefined(p.logLoss(), "predicted classes only");
        assertUndefined(p.topKAccuracy(2), "predicted classes only");
        assertUndefined(p.rocAucOneVsRest(), "predicted classes only");
        assertThat(p.hasProbabilities()).isFalse();
    }

    @Test
    void construction_validates_probability_rows_and_class_indices() {
        assertThatThrownBy(() -> MulticlassPredictions.ofProbabilities(CLASSES, new int[] {0, 1},
                new double[][] {{0.5, 0.5, 0.0}, {0.5, 0.4, 0.0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 sum to 0.9");
        assertThatThrownBy(() -> MulticlassPredictions.ofProbabilities(CLASSES, new int[] {0},
                new double[][] {{1.2, -0.2, 0.0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cat' in row 0 is 1.2");
        assertThatThrownBy(() -> MulticlassPredictions.ofPredictedClasses(CLASSES, new int[] {0, 3}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label at index 1 is 3");
        // within numpy allclose(1, sum): accepted
        MulticlassPredictions ok = MulticlassPredictions.ofProbabilities(CLASSES, new int[] {0},
                new double[][] {{0.333333, 0.333333, 0.333333}});
        assertThat(ok.size()).isEqualTo(1);
    }

    @Test
    void empty_views_have_undefined_metrics() {
        MulticlassPredictions empty = MC.withWeights(new int[12]);
        assertUndefined(empty.accuracy(), "no rows");
        assertUndefined(empty.f1(Average.MACRO), "no rows");
        assertUndefined(empty.logLoss(), "no rows");
    }
}
