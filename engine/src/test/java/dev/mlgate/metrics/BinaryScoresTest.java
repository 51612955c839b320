package dev.mlgate.metrics;

import static dev.mlgate.metrics.Reference.assertMatches;
import static dev.mlgate.metrics.Reference.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Rank and probability metrics of {@link BinaryScores} against scikit-learn 1.2.1
 * (values from src/test/resources/reference/metrics_reference.py).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BinaryScoresTest {

    // INPUT_A: ties at 0.8 (one positive, one negative), 0.6 (mixed) and 0.2 (mixed).
    static final double[] INPUT_A_SCORES = {0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.4, 0.3, 0.2, 0.2, 0.1};
    static final boolean[] INPUT_A_LABELS = labels(1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0);
    static final int[] WEIGHTS_A = {1, 2, 0, 1, 3, 1, 1, 0, 2, 1, 1, 4};

    static final BinaryScores A = BinaryScores.of(INPUT_A_SCORES, INPUT_A_LABELS);
    static final BinaryScores A_WEIGHTED = A.withWeights(WEIGHTS_A);
    static final BinaryScores EQUAL = BinaryScores.of(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, labels(1, 0, 1, 0, 0, 1));
    static final BinaryScores PERFECT = BinaryScores.of(new double[] {0.9, 0.8, 0.3, 0.1}, labels(1, 1, 0, 0));
    static final BinaryScores EXTREME = BinaryScores.of(new double[] {0.0, 1.0, 1.0, 0.0, 0.5, 1e-20}, labels(0, 1, 0, 1, 1, 0));
    static final BinaryScores ONE_CLASS = BinaryScores.of(new double[] {0.2, 0.4, 0.6}, labels(0, 0, 0));

    static boolean[] labels(int... values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == 1;
        }
        return out;
    }

    @Test
    void roc_auc_counts_tied_scores_as_half() {
        assertMatches(A.rocAuc(), 0.6944444444444444); // sklearn 1.2.1 roc_auc_score on INPUT_A
    }

    @Test
    void roc_auc_with_integer_weights_equals_sklearn_sample_weight_and_replicated_rows() {
        // sklearn 1.2.1 roc_auc_score(INPUT_A, sample_weight=WEIGHTS_A) == on np.repeat(INPUT_A, WEIGHTS_A)
        assertMatches(A_WEIGHTED.rocAuc(), 0.8712121212121212);
    }

    @Test
    void roc_auc_of_all_equal_scores_is_one_half() {
        assertMatches(EQUAL.rocAuc(), 0.5); // sklearn 1.2.1 roc_auc_score on EQUAL
    }

    @Test
    void perfect_ranking_gives_roc_auc_and_average_precision_of_one() {
        assertMatches(PERFECT.rocAuc(), 1.0); // sklearn 1.2.1 roc_auc_score on PERFECT
        assertMatches(PERFECT.averagePrecision(), 1.0); // sklearn 1.2.1 average_precision_score on PERFECT
        assertMatches(PERFECT.prAuc(), 1.0); // sklearn 1.2.1 auc(recall, precision) on PERFECT
    }

    @Test
    void roc_auc_of_a_single_class_is_undefined_with_the_class_counts() {
        Metric auc = ONE_CLASS.rocAuc();
        assertUndefined(auc, "ROC AUC is undefined: the evaluation rows hold only one class (positive: 0, negative: 3)");
        assertThat(auc.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(auc::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("only one class");
    }

    @Test
    void weights_that_remove_every_positive_make_roc_auc_undefined() {
        Metric auc = A.withWeights(new int[] {0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1}).rocAuc();
        assertUndefined(auc, "(positive: 0, negative: 6)");
    }

    @Test
    void average_precision_is_the_step_wise_sum() {
        assertMatches(A.averagePrecision(), 0.6930916305916306); // sklearn 1.2.1 average_precision_score on INPUT_A
        assertMatches(A_WEIGHTED.averagePrecision(), 0.8361823361823362); // ... sample_weight=WEIGHTS_A
        assertMatches(EQUAL.averagePrecision(), 0.5); // ... on EQUAL
    }

    @Test
    void pr_auc_is_the_trapezoidal_area_and_differs_from_average_precision() {
        assertMatches(A.prAuc(), 0.7251833814333813); // sklearn 1.2.1 auc(*precision_recall_curve(INPUT_A)[1::-1])
        assertMatches(A_WEIGHTED.prAuc(), 0.8726366226366226); // ... sample_weight=WEIGHTS_A
        assertMatches(EQUAL.prAuc(), 0.75); // ... on EQUAL
        assertMatches(EXTREME.prAuc(), 0.6111111111111112); // ... on EXTREME
    }

    @Test
    void average_precision_without_positives_is_undefined() {
        assertUndefined(ONE_CLASS.averagePrecision(), "no positives (positive: 0, negative: 3)");
        assertUndefined(ONE_CLASS.prAuc(), "no positives");
    }

    @Test
    void log_loss_matches_sklearn_including_weights() {
        assertMatches(A.logLoss(), 0.6540776388398495); // sklearn 1.2.1 log_loss(labels=[0,1]) on INPUT_A
        assertMatches(A_WEIGHTED.logLoss(), 0.47362850163203934); // ... sample_weight=WEIGHTS_A
        assertMatches(EQUAL.logLoss(), 0.6931471805599453); // ... on EQUAL
        assertMatches(PERFECT.logLoss(), 0.1976348816421487); // ... on PERFECT
        assertThat(A.logLoss().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void log_loss_clips_probabilities_zero_and_one_to_machine_epsilon() {
        // sklearn 1.2.1 log_loss(eps="auto" = 2**-52) on EXTREME: two confidently wrong rows cost -log(2**-52) each
        assertMatches(EXTREME.logLoss(), 12.130075659799042);
    }

    @Test
    void log_loss_and_brier_score_are_defined_for_a_single_class() {
        assertMatches(ONE_CLASS.logLoss(), 0.5500866356514518); // sklearn 1.2.1 log_loss(labels=[0,1]) on ONE_CLASS
        assertMatches(ONE_CLASS.brierScore(), 0.18666666666666668); // sklearn 1.2.1 brier_score_loss on ONE_CLASS
    }

    @Test
    void probability_metrics_reject_scores_outside_zero_one_naming_the_row() {
        BinaryScores margins = BinaryScores.of(new double[] {0.2, -1.5, 2.0}, labels(0, 1, 1));
        assertUndefined(margins.logLoss(), "log loss is undefined: the score at index 1 is -1.5, not a probability in [0, 1]");
        assertUndefined(margins.brierScore(), "index 1");
        assertUndefined(margins.expectedCalibrationError(), "index 1");
        assertThat(margins.rocAuc().isDefined()).isTrue();
    }

    @Test
    void brier_score_matches_sklearn() {
        assertMatches(A.brierScore(), 0.2333333333333333); // sklearn 1.2.1 brier_score_loss on INPUT_A
        assertMatches(A_WEIGHTED.brierScore(), 0.15764705882352942); // ... sample_weight=WEIGHTS_A
        assertMatches(EXTREME.brierScore(), 0.375); // ... on EXTREME
    }

    @Test
    void empty_views_have_undefined_metrics() {
        BinaryScores empty = BinaryScores.of(new double[0], new boolean[0]);
        assertUndefined(empty.rocAuc(), "there are no rows");
        assertUndefined(empty.logLoss(), "there are no rows");
        assertUndefined(empty.at(0.5).accuracy(), "there are no rows");
    }

    @Test
    void construction_rejects_non_finite_scores_naming_the_index() {
        assertThatThrownBy(() -> BinaryScores.of(new double[] {0.1, Double.NaN}, labels(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
        assertThatThrownBy(() -> BinaryScores.of(new double[] {Double.POSITIVE_INFINITY}, labels(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 0");
        assertThatThrownBy(() -> BinaryScores.of(new double[] {0.1}, labels(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> A.withWeights(new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 12 weights");
    }

    @Test
    void weighted_counts_are_reported() {
        assertThat(A.positives()).isEqualTo(6);
        assertThat(A.negatives()).isEqualTo(6);
        assertThat(A_WEIGHTED.positives()).isEqualTo(6);
        assertThat(A_WEIGHTED.negatives()).isEqualTo(11);
        assertThat(A_WEIGHTED.size()).isEqualTo(12);
    }

    @Test
    void a_subset_equals_a_view_built_from_the_same_rows() {
        int[] rows = {11, 0, 5, 3, 8, 2, 9};
        BinaryScores sub = A_WEIGHTED.subset(rows);
        double[] s = new double[rows.length];
        boolean[] y = new boolean[rows.length];
        int[] w = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            s[i] = INPUT_A_SCORES[rows[i]];
            y[i] = INPUT_A_LABELS[rows[i]];
            w[i] = WEIGHTS_A[rows[i]];
        }
        BinaryScores direct = BinaryScores.of(s, y, w);
        assertThat(sub.rocAuc()).isEqualTo(direct.rocAuc());
        assertThat(sub.averagePrecision()).isEqualTo(direct.averagePrecision());
        assertThat(sub.rocCurve()).isEqualTo(direct.rocCurve());
        boolean[] mask = new boolean[12];
        for (int r : new int[] {0, 2, 3, 5, 8, 9, 11}) {
            mask[r] = true;
        }
        assertThat(A_WEIGHTED.filter(mask).rocAuc().value()).isEqualTo(direct.rocAuc().value());
        assertThatThrownBy(() -> A.subset(new int[] {1, 1})).hasMessageContaining("repeated");
    }
}
