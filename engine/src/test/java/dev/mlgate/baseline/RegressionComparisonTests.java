package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.number;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.RegressionTwoPredictionColumns;
import dev.mlgate.baseline.fixtures.RegressionVersusProduction;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Regression comparisons end to end, on fixtures/baseline/regression written by
 * reference/comparison_views_reference.py; reference values from scipy 1.10.1 and scikit-learn 1.2.1
 * (Debian python3-scipy 1.10.1-2, python3-sklearn 1.2.1+dfsg-1) on the same files.
 */
class RegressionComparisonTests {

    private static final String SUITE = suite(RegressionVersusProduction.class);
    /** The t-test's p-value passes through commons-math's incomplete beta: see PairedTTestTest. */
    private static final double T_TEST = 1e-10;
    /** Exact Wilcoxon p-values are integer ratios; the approximation goes through erfc (see WilcoxonTest). */
    private static final double WILCOXON = 1e-12;

    private final Events events = mlgate(selectClass(RegressionVersusProduction.class)).execute().allEvents();

    private Map<String, String> gate(String name) {
        return entries(events, SUITE + "/[comparison:" + name + "]");
    }

    @Nested
    class PairsTheRowsOfTwoFiles {

        @Test
        void and_compares_the_metrics_of_both_models() {
            // sklearn 1.2.1 mean_squared_error(squared=False): candidate 4.670456348152715, baseline 7.630664781000406
            Map<String, String> rmse = gate("rmse");

            assertThat(number(rmse, "mlgate.detail.candidate")).isCloseTo(4.670456348152715, within(4.67e-12));
            assertThat(number(rmse, "mlgate.detail.baseline")).isCloseTo(7.630664781000406, within(7.63e-12));
            assertThat(rmse).containsEntry("mlgate.detail.test", "paired bootstrap")
                    .containsEntry("mlgate.detail.direction", "lower");
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:rmse]")),
                    finishedSuccessfully()));
        }

        @Test
        void a_user_written_metric_from_the_per_row_errors() {
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:shareOffByMoreThanTen]")),
                    finishedSuccessfully()));
            // numpy: share of |pred - target| > 10: candidate 1/40, production 6/40
            assertThat(number(gate("shareOffByMoreThanTen"), "mlgate.detail.candidate")).isEqualTo(1 / 40.0);
            assertThat(number(gate("shareOffByMoreThanTen"), "mlgate.detail.baseline")).isEqualTo(6 / 40.0);
        }
    }

    @Nested
    class TestsThePerRowLosses {

        @Test
        void with_a_paired_t_test_on_squared_errors_as_scipy() {
            // scipy 1.10.1 ttest_rel((cand - y)**2, (prod - y)**2) -> statistic -2.354860717220822,
            // pvalue 0.023656936911997557, df 39; mean_squared_error 21.813162499999997 vs 58.227044999999976
            Map<String, String> mse = gate("mse");

            assertThat(mse.get("mlgate.message")).startsWith("mse on 40 joined rows: candidate 21.8132 vs baseline"
                    + " 58.2270, difference -36.4139").contains("paired t-test on squared error p = 0.0237");
            assertThat(number(mse, "mlgate.detail.t")).isCloseTo(-2.354860717220822, within(2.35e-12));
            assertThat(number(mse, "mlgate.p")).isCloseTo(0.023656936911997557, within(0.0237 * T_TEST));
            assertThat(number(mse, "mlgate.detail.candidate")).isCloseTo(21.813162499999997, within(2.2e-14));
            assertThat(mse).containsEntry("mlgate.detail.loss", "squared error").containsEntry("mlgate.detail.df", "39");
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:mse]")),
                    finishedSuccessfully()));
        }

        @Test
        void with_the_exact_wilcoxon_test_without_ties() {
            // scipy 1.10.1 wilcoxon((cand - y)**2 - (prod - y)**2) -> statistic 234.0, pvalue 0.017157761747512268
            Map<String, String> wilcoxon = gate("mseWilcoxon");

            assertThat(number(wilcoxon, "mlgate.detail.statistic")).isEqualTo(234.0);
            assertThat(wilcoxon).containsEntry("mlgate.detail.method", "exact");
            assertThat(number(wilcoxon, "mlgate.p")).isCloseTo(0.017157761747512268, within(0.0172 * WILCOXON));
        }

        @Test
        void with_the_approximate_wilcoxon_test_on_absolute_errors_with_a_tie() {
            // scipy 1.10.1 wilcoxon(|cand - y| - |prod - y|, method='approx') -> statistic 231.0,
            // pvalue 0.016127408850472306 (one tie among |d|)
            Map<String, String> wilcoxon = gate("mae");

            assertThat(number(wilcoxon, "mlgate.detail.statistic")).isEqualTo(231.0);
            assertThat(wilcoxon).containsEntry("mlgate.detail.method", "normal approximation")
                    .containsEntry("mlgate.detail.loss", "absolute error")
                    .containsEntry("mlgate.detail.test", "Wilcoxon signed-rank on absolute error");
            assertThat(number(wilcoxon, "mlgate.p")).isCloseTo(0.016127408850472306, within(0.0161 * WILCOXON));
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:mae]")),
                    finishedSuccessfully()));
        }

        @Test
        void per_slice_with_holm_over_the_slices() {
            // scipy 1.10.1 ttest_rel per region (20 rows each): north p 0.08376415200828904, south 0.09901354191841574;
            // Holm: both 2 * 0.08376415200828904 = 0.16752830401657808, not below alpha 0.05
            String north = SUITE + "/[comparison:msePerRegion]/[slice:region=north]";
            Map<String, String> entries = entries(events, north);

            assertThat(number(entries, "mlgate.p")).isCloseTo(0.08376415200828904, within(0.0838 * T_TEST));
            assertThat(number(entries, "mlgate.p.adjusted")).isCloseTo(0.16752830401657808, within(0.168 * T_TEST));
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(north)),
                    abortedWithReason(message(m -> m.contains("better, but not significantly")))));
        }
    }

    @Test
    void one_file_with_two_prediction_columns_as_two_joined_files() {
        Map<String, String> mse = entries(mlgate(selectClass(RegressionTwoPredictionColumns.class)).execute().allEvents(),
                suite(RegressionTwoPredictionColumns.class) + "/[comparison:mse]");

        assertThat(number(mse, "mlgate.p")).isCloseTo(0.023656936911997557, within(0.0237 * T_TEST));
    }
}
