package dev.mlgate.assertions;

import static dev.mlgate.assertions.Fixtures.MULTICLASS;
import static dev.mlgate.assertions.Fixtures.ONE_CLASS;
import static dev.mlgate.assertions.Fixtures.OTHER_SCORES;
import static dev.mlgate.assertions.Fixtures.REGRESSION;
import static dev.mlgate.assertions.Fixtures.SCORES;
import static dev.mlgate.assertions.Fixtures.labels;
import static dev.mlgate.assertions.Fixtures.lines;
import static dev.mlgate.assertions.MlAssertions.assertThat;
import static dev.mlgate.assertions.MlAssertions.then;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Metric values are the engine's (SCORES' roc_auc 0.6944444444444444 and log_loss 0.6540776388398495 are
 * scikit-learn's, see Fixtures); p-values are the engine's DeLong (pROC parity in DeLongTest); bootstrap
 * intervals are the engine's Bootstrap with the default seed 42 and 1000 resamples over both models at once.
 */
class ComparisonAssertTest {

    /** 20 rows, positives at even indices: SEPARATING ranks every positive first (AUC 1), NOISY does not (AUC 0.45). */
    private static final BinaryScores SEPARATING;
    private static final BinaryScores NOISY;

    static {
        double[] separating = new double[20];
        double[] noisy = new double[20];
        boolean[] labels = new boolean[20];
        for (int i = 0; i < 20; i++) {
            labels[i] = i % 2 == 0;
            separating[i] = labels[i] ? 0.9 - i * 0.01 : 0.1 + i * 0.01;
            noisy[i] = ((i * 7) % 20) / 20.0 + 0.01;
        }
        SEPARATING = BinaryScores.of(separating, labels);
        NOISY = BinaryScores.of(noisy, labels);
    }

    /** REGRESSION's actual values, always predicted 3.4: rmse 3.3771752249476186. */
    private static final RegressionPredictions CONSTANT = RegressionPredictions.of(
            new double[] {3.0, -0.5, 2.0, 7.0, 0.0, 4.5, 1.25, 10.0}, new double[] {3.4, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4});

    @Test
    void should_pass_when_the_candidate_is_worse_by_less_than_the_margin() {
        // 0.7916666666666666 - 0.6944444444444444 = 0.0972 < 0.1
        assertThatNoException().isThrownBy(() -> assertThat(SCORES).comparedTo(OTHER_SCORES)
                .isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.1));
        assertThatNoException().isThrownBy(() -> then(Comparison.of(REGRESSION, CONSTANT))
                .isNotWorseThanBaselineBy(RegressionPredictions::rmse, 0));
    }

    @Test
    void should_fail_when_the_candidate_is_worse_by_more_than_the_margin_with_the_values_for_a_diff() {
        assertThatExceptionOfType(AssertionFailedError.class)
                .isThrownBy(() -> assertThat(SCORES).comparedTo(OTHER_SCORES)
                        .isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate roc_auc = 0.6944444444444444 versus baseline "
                        + "roc_auc = 0.7916666666666666 (higher is better)",
                        "not to be worse than the baseline by more than 0.05,", "but it was worse by 0.09722222222222221"))
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(error.getActual().getValue())
                        .isEqualTo(0.6944444444444444));
    }

    @Test
    void should_judge_a_lower_is_better_metric_the_other_way() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(Comparison.of(SCORES, OTHER_SCORES))
                        .isNotWorseThanBaselineBy(BinaryScores::logLoss, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate log_loss = 0.6540776388398495 versus baseline "
                        + "log_loss = 0.5304764772447358 (lower is better)",
                        "not to be worse than the baseline by more than 0.05,", "but it was worse by 0.1236011615951137"));
    }

    @Test
    void should_fail_when_the_metric_is_undefined_on_a_side() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(ONE_CLASS).comparedTo(ONE_CLASS).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 1))
                .withMessage(lines("", "Expecting actual:", "  candidate BinaryScores[rows=3, positives=0, negatives=3]",
                        "to have a defined roc_auc,",
                        "but ROC AUC is undefined: the evaluation rows hold only one class (positive: 0, negative: 3)"));
    }

    @Test
    void should_pass_a_significantly_better_roc_auc_by_delong() {
        assertThatNoException().isThrownBy(() -> assertThat(SEPARATING).comparedTo(NOISY)
                .isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05));
    }

    @Test
    void should_fail_a_roc_auc_not_significantly_better_naming_delong() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(OTHER_SCORES).comparedTo(SCORES)
                        .isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate roc_auc = 0.7916666666666666 versus baseline "
                        + "roc_auc = 0.6944444444444444 (higher is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but DeLong's test for correlated ROC AUCs gave a difference of 0.09722222222222221, 95% CI "
                                + "[-0.08579198798350199, 0.2802364324279464], p = 0.29778867269442033 >= 0.05"));
    }

    @Test
    void should_fail_a_roc_auc_significantly_worse() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(NOISY).comparedTo(SEPARATING)
                        .isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05))
                .withMessage(lines("", "Expecting actual:",
                        "  candidate roc_auc = 0.45 versus baseline roc_auc = 1.0 (higher is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but DeLong's test for correlated ROC AUCs gave a difference of -0.55, 95% CI "
                                + "[-0.8153803780351121, -0.284619621964888], p = 4.865007418510357E-5, in the baseline's favour"));
    }

    @Test
    void should_fail_when_delong_cannot_be_computed() {
        BinaryScores a = BinaryScores.of(new double[] {0.1, 0.9, 0.8}, labels(0, 1, 1));
        BinaryScores b = BinaryScores.of(new double[] {0.2, 0.3, 0.8}, labels(0, 1, 1));

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(a).comparedTo(b).isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05))
                .withMessage(lines("", "Expecting actual:",
                        "  candidate roc_auc = 1.0 versus baseline roc_auc = 1.0 (higher is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but DeLong's test for correlated ROC AUCs cannot be computed: DeLong's test needs at least two "
                                + "positive and two negative labels, but had 2 positive and 1 negative"));
    }

    @Test
    void should_pass_a_significantly_better_metric_by_the_paired_bootstrap() {
        assertThatNoException().isThrownBy(() -> assertThat(SEPARATING).comparedTo(NOISY)
                .isSignificantlyBetterThanBaseline(BinaryScores::brierScore, 0.05));
        assertThatNoException().isThrownBy(() -> assertThat(REGRESSION).comparedTo(CONSTANT)
                .isSignificantlyBetterThanBaseline(RegressionPredictions::rmse, 0.05));
    }

    @Test
    void should_fail_a_metric_whose_paired_bootstrap_p_value_is_not_below_alpha() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(OTHER_SCORES).comparedTo(SCORES)
                        .isSignificantlyBetterThanBaseline(BinaryScores::logLoss, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate log_loss = 0.5304764772447358 versus baseline "
                        + "log_loss = 0.6540776388398495 (lower is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but the paired Poisson bootstrap (1000 resamples, seed 42) gave a difference of "
                                + "-0.1236011615951137, 95% percentile interval [-0.3163512423378387, "
                                + "0.04022783641965796], p = 0.15184815184815184 >= 0.05"));
    }

    @Test
    void should_fail_a_metric_significantly_worse_by_the_paired_bootstrap() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(CONSTANT).comparedTo(REGRESSION)
                        .isSignificantlyBetterThanBaseline(RegressionPredictions::rmse, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate rmse = 3.3771752249476186 versus baseline "
                        + "rmse = 1.0077822185373186 (lower is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but the paired Poisson bootstrap (1000 resamples, seed 42) gave a difference of "
                                + "2.3693930064103, 95% percentile interval [1.3361604802595428, 3.1374468119539474], "
                                + "p = 0.005994005994005994, in the baseline's favour"));
    }

    @Test
    void should_fail_identical_models_whatever_the_metric() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(MULTICLASS).comparedTo(MULTICLASS)
                        .isSignificantlyBetterThanBaseline(MulticlassPredictions::accuracy, 0.05))
                .withMessage(lines("", "Expecting actual:", "  candidate accuracy = 0.5833333333333334 versus baseline "
                        + "accuracy = 0.5833333333333334 (higher is better)",
                        "to be significantly better than the baseline at alpha = 0.05,",
                        "but the paired Poisson bootstrap (1000 resamples, seed 42) gave a difference of 0.0, "
                                + "95% percentile interval [0.0, 0.0], p = 1.0 >= 0.05"));
    }

    @Test
    void should_refuse_predictions_of_different_rows() {
        BinaryScores relabelled = BinaryScores.of(new double[] {0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.4, 0.3, 0.2, 0.2, 0.1},
                labels(1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0));

        assertThatIllegalArgumentException().isThrownBy(() -> Comparison.of(SCORES, relabelled))
                .withMessage("row 3 is labelled false in the candidate but true in the baseline");
        assertThatIllegalArgumentException().isThrownBy(() -> Comparison.of(SCORES, ONE_CLASS))
                .withMessage("candidate and baseline must hold the same rows, but the candidate has 12 rows and the baseline 3");
    }
}
