package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.baseline.invalid.MismatchedViews;
import dev.mlgate.baseline.invalid.PairedTestOnClasses;
import dev.mlgate.baseline.invalid.TwoTasks;
import dev.mlgate.baseline.invalid.WilcoxonOnScores;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declared columns, gate views and tests that do not fit together are declaration problems at discovery. */
class ViewDeclarationTests {

    private static final String INVALID = "WARNING dev.mlgate.baseline.invalid.";

    private List<String> issues(Class<?> type) {
        return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                .map(issue -> issue.severity() + " " + issue.message()).toList();
    }

    @Test
    void a_gate_view_a_test_and_a_churn_bound_that_a_regression_comparison_does_not_have() {
        assertThat(issues(MismatchedViews.class)).containsExactlyInAnyOrder(
                INVALID + "MismatchedViews.rocAuc(): a comparison gate method takes exactly one evaluation view"
                        + " (RegressionPredictions, as the declared columns make a regression comparison (label +"
                        + " prediction)); it is declared dev.mlgate.metrics.Metric"
                        + " dev.mlgate.baseline.invalid.MismatchedViews.rocAuc(dev.mlgate.metrics.BinaryScores)",
                INVALID + "MismatchedViews.rmse(): test = DELONG does not fit a regression comparison (label +"
                        + " prediction); the tests that fit it are AUTO, BOOTSTRAP, PAIRED_T, WILCOXON",
                INVALID + "MismatchedViews: @MaxChurn bounds the share of predictions changing at a score threshold,"
                        + " which only a binary comparison (label + score) has; it is a regression comparison (label +"
                        + " prediction)");
    }

    @Test
    void a_regression_test_on_a_binary_comparison() {
        assertThat(issues(WilcoxonOnScores.class)).containsExactly(INVALID + "WilcoxonOnScores.brierScore(): test ="
                + " WILCOXON does not fit a binary comparison (label + score); the tests that fit it are AUTO, DELONG,"
                + " MCNEMAR, MCNEMAR_CHI_SQUARED_CORRECTED, MCNEMAR_CHI_SQUARED, BOOTSTRAP");
    }

    @Test
    void a_paired_loss_test_and_too_few_probability_columns_on_a_multiclass_comparison() {
        assertThat(issues(PairedTestOnClasses.class)).containsExactlyInAnyOrder(
                INVALID + "PairedTestOnClasses: @BaselineComparison names 3 classes but 2 probabilities; name one"
                        + " probability column per class, in order",
                INVALID + "PairedTestOnClasses.accuracy(): test = PAIRED_T does not fit a multiclass comparison"
                        + " (label + probabilities + classes); the tests that fit it are AUTO, MCNEMAR,"
                        + " MCNEMAR_CHI_SQUARED_CORRECTED, MCNEMAR_CHI_SQUARED, BOOTSTRAP");
    }

    @Test
    void the_columns_of_two_tasks() {
        assertThat(issues(TwoTasks.class)).containsExactly(INVALID + "TwoTasks: @BaselineComparison declares no task:"
                + " name score (binary), prediction (regression), or prediction or probabilities with classes"
                + " (multiclass), the columns of exactly one");
    }
}
