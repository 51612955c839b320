package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.number;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;

import dev.mlgate.baseline.fixtures.MulticlassPredictedClasses;
import dev.mlgate.baseline.fixtures.MulticlassVersusProduction;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Multiclass comparisons end to end, on fixtures/baseline/multiclass written by
 * reference/comparison_views_reference.py; reference values from scikit-learn 1.2.1 and scipy 1.10.1 on
 * the same files. On paired correctness, b = 8 rows only the candidate gets right and c = 4 only production.
 */
class MulticlassComparisonTests {

    private static final String TWO_FILES = suite(MulticlassVersusProduction.class);
    private static final String ONE_FILE = suite(MulticlassPredictedClasses.class);

    @Test
    void accuracy_of_probabilities_in_two_files_with_mcNemar_exact() {
        Events events = mlgate(selectClass(MulticlassVersusProduction.class)).execute().allEvents();
        Map<String, String> accuracy = entries(events, TWO_FILES + "/[comparison:accuracy]");

        // sklearn 1.2.1 accuracy_score: 0.8055555555555556 vs 0.6944444444444444;
        // scipy 1.10.1 binomtest(4, 12, 0.5).pvalue = 0.3876953125 (statsmodels' exact McNemar)
        assertThat(number(accuracy, "mlgate.detail.candidate")).isEqualTo(0.8055555555555556);
        assertThat(number(accuracy, "mlgate.detail.baseline")).isEqualTo(0.6944444444444444);
        assertThat(accuracy).containsEntry("mlgate.detail.test", "McNemar exact").containsEntry("mlgate.detail.b", "8")
                .containsEntry("mlgate.detail.c", "4");
        assertThat(number(accuracy, "mlgate.p")).isCloseTo(0.3876953125, within(0.3876953125 * 1e-12));
        events.assertThatEvents().haveExactly(1, event(test(uniqueId(TWO_FILES + "/[comparison:accuracy]")),
                finishedSuccessfully()));
    }

    @Test
    void log_loss_of_the_reordered_baseline_rows_with_the_paired_bootstrap() {
        Events events = mlgate(selectClass(MulticlassVersusProduction.class)).execute().allEvents();
        Map<String, String> logLoss = entries(events, TWO_FILES + "/[comparison:logLoss]");

        // sklearn 1.2.1 log_loss(labels=[0, 1, 2]): 0.42138461828898555 vs 0.7820012182672725
        assertThat(number(logLoss, "mlgate.detail.candidate")).isCloseTo(0.42138461828898555, within(4.2e-13));
        assertThat(number(logLoss, "mlgate.detail.baseline")).isCloseTo(0.7820012182672725, within(7.8e-13));
        assertThat(logLoss).containsEntry("mlgate.detail.test", "paired bootstrap");
        events.assertThatEvents().haveExactly(1, event(test(uniqueId(TWO_FILES + "/[comparison:logLoss]")),
                finishedSuccessfully()));
    }

    @Test
    void predicted_classes_of_both_models_in_one_file_give_the_same_mcNemar_tests() {
        Events events = mlgate(selectClass(MulticlassPredictedClasses.class)).execute().allEvents();

        assertThat(number(entries(events, ONE_FILE + "/[comparison:accuracy]"), "mlgate.p"))
                .isCloseTo(0.3876953125, within(0.3876953125 * 1e-12));
        // chi-squared without correction: (8 - 4)^2 / 12 = 1.3333333333333333,
        // scipy 1.10.1 chi2.sf(1.3333333333333333, 1) = 0.24821307898992026
        Map<String, String> chiSquared = entries(events, ONE_FILE + "/[comparison:accuracyChiSquared]");
        assertThat(number(chiSquared, "mlgate.detail.statistic")).isCloseTo(1.3333333333333333, within(1e-15));
        assertThat(number(chiSquared, "mlgate.p")).isCloseTo(0.24821307898992026, within(0.248 * 1e-9));
    }
}
