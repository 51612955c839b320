package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.number;
import static dev.mlgate.baseline.BaselineTestSupport.relative;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.ChurnPerSegment;
import dev.mlgate.baseline.fixtures.ChurnPerSegmentUncorrected;
import dev.mlgate.baseline.fixtures.ChurnVersusProduction;
import dev.mlgate.baseline.fixtures.MarginsInTheBaseline;
import dev.mlgate.baseline.fixtures.RegressedCandidate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Passed, failed and inconclusive comparisons, and Holm's correction across slices. The DeLong values
 * are R pROC 1.18.0's (reference/baseline_reference.R): over all 240 rows the candidate's ROC AUC is
 * 0.12744 higher, p = 0.0012768438193024589.
 */
class ComparisonOutcomeTests {

    private static final String CHURN = suite(ChurnVersusProduction.class);
    private static final String REGRESSED = suite(RegressedCandidate.class);
    private static final String SUMMARY = "roc_auc on 240 joined rows: candidate 0.8294 vs baseline 0.7020, difference"
            + " +0.1274 (95% paired bootstrap interval [+0.0503, +0.2097]), DeLong p = 0.0013; required: ";

    @Nested
    class NamesRowsByFileLineAndRow {

        @Test
        void a_score_outside_zero_and_one_in_the_baseline_file() {
            Events tests = mlgate(selectClass(MarginsInTheBaseline.class)).execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(suite(MarginsInTheBaseline.class)
                    + "/[comparison:logLoss]")), abortedWithReason(message(text -> text.contains("the baseline's log"
                    + " loss is undefined: the score on line 4 (row 2) of margins.csv is 1.4, not a probability in"
                    + " [0, 1]")))));
        }
    }

    @Nested
    class Superiority {

        private final Events tests = mlgate(selectClass(ChurnVersusProduction.class)).execute().testEvents();

        @Test
        void passes_when_better_and_significant() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(CHURN + "/[comparison:rocAucSignificantly]")),
                    finishedSuccessfully()));
        }

        @Test
        void is_inconclusive_when_better_but_not_significant() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(CHURN + "/[comparison:rocAucAtOnePerMille]")),
                    abortedWithReason(instanceOf(TestAbortedException.class), message("Inconclusive: " + SUMMARY
                            + "better than baseline, significant at alpha = 0.001 - better, but not significantly"
                            + " (p = 0.0013 >= alpha 0.001)"))));
        }

        @Test
        void is_inconclusive_when_the_interval_reaches_the_margin() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(CHURN
                    + "/[comparison:rocAucByATenthOnTheInterval]")), abortedWithReason(message("Inconclusive: " + SUMMARY
                    + "better than baseline by more than 0.1, the 95% interval above the margin - the interval reaches"
                    + " down to the margin"))));
        }

        @Test
        void fails_below_the_margin_with_expected_and_actual() {
            AssertionFailedError failure = failure(tests, CHURN + "/[comparison:rocAucByAFifth]");

            assertThat(failure.getMessage()).isEqualTo(SUMMARY + "better than baseline by more than 0.2, significant at"
                    + " alpha = 0.05 - the candidate is not better by more than the margin");
            assertThat(failure.getExpected().getStringRepresentation())
                    .isEqualTo("better than baseline by more than 0.2, significant at alpha = 0.05");
            assertThat(failure.getActual().getStringRepresentation())
                    .isEqualTo("difference +0.1274 (95% paired bootstrap interval [+0.0503, +0.2097])");
        }

        @Test
        void churn_fails_with_the_changed_predictions_counted() {
            // numpy on the fixture files: 87 of 240 predicted classes at 0.5 differ, 46 to positive, 41 to negative
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(CHURN + "/[churn:churn]")), finishedWithFailure(
                    message("prediction churn at threshold 0.5 on 240 joined rows: 87 of 240 predictions change"
                            + " (36.25%): 46 negative to positive, 41 positive to negative; required: at most 5% of"
                            + " predictions change"))));
        }
    }

    @Nested
    class NonInferiority {

        private final Events tests = mlgate(selectClass(RegressedCandidate.class)).execute().testEvents();

        @Test
        void fails_a_candidate_worse_by_more_than_the_margin() {
            // the interval is not the mirror of ChurnVersusProduction's: weights follow the candidate file's row order
            assertThat(failure(tests, REGRESSED + "/[comparison:rocAuc]").getMessage()).isEqualTo("roc_auc on 240 joined"
                    + " rows: candidate 0.7020 vs baseline 0.8294, difference -0.1274 (95% paired bootstrap interval"
                    + " [-0.2071, -0.0555]), DeLong p = 0.0013; required: no worse than baseline by more than 0.005 - the"
                    + " candidate is worse by more than the margin");
        }

        @Test
        void passes_a_candidate_within_the_margin() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(REGRESSED
                    + "/[comparison:rocAucWithinAFifth]")), finishedSuccessfully()));
        }

        @Test
        void is_inconclusive_when_worse_but_not_significantly() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(REGRESSED
                    + "/[comparison:rocAucUnlessSignificantAtOnePerMille]")), abortedWithReason(message(text ->
                    text.endsWith("- worse by more than the margin, but not significantly (p = 0.0013 >= alpha 0.001)")))));
        }

        @Test
        void is_inconclusive_when_the_interval_straddles_the_margin() {
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(REGRESSED + "/[comparison:rocAucOnTheInterval]")),
                    abortedWithReason(message(text -> text.endsWith("required: no worse than baseline by more than 0.15,"
                            + " judged on the 95% interval - the interval straddles the margin")))));
        }
    }

    @Nested
    class CorrectsSlices {

        // pROC 1.18.0 raw DeLong p-values per segment
        private static final double RETAIL = 0.37394850958311526;
        private static final double ENTERPRISE = 0.014480117915948091;
        private static final double PUBLIC = 0.0086643575239728973;

        @Test
        void with_holm_adjusted_p_values_equal_to_a_hand_computation() {
            Events events = mlgate(selectClass(ChurnPerSegment.class)).execute().allEvents();
            String gate = suite(ChurnPerSegment.class) + "/[comparison:rocAuc]";

            // Holm by hand, m = 3, ascending public < enterprise < retail:
            // public 3 p = 0.025993...; enterprise max(that, 2 p) = 0.028960...; retail max(that, 1 p) = 0.373948...
            double publicAdjusted = 3 * PUBLIC;
            double enterpriseAdjusted = Math.max(publicAdjusted, 2 * ENTERPRISE);
            double retailAdjusted = Math.max(enterpriseAdjusted, RETAIL);
            Map<String, String> pub = entries(events, gate + "/[slice:segment=public]");
            Map<String, String> enterprise = entries(events, gate + "/[slice:segment=enterprise]");
            Map<String, String> retail = entries(events, gate + "/[slice:segment=retail]");
            assertThat(number(pub, "mlgate.p")).isCloseTo(PUBLIC, relative(PUBLIC));
            assertThat(number(pub, "mlgate.p.adjusted")).isCloseTo(publicAdjusted, relative(publicAdjusted));
            assertThat(number(enterprise, "mlgate.p.adjusted")).isCloseTo(enterpriseAdjusted, relative(enterpriseAdjusted));
            assertThat(number(retail, "mlgate.p.adjusted")).isCloseTo(retailAdjusted, relative(retailAdjusted));
            assertThat(pub).containsEntry("mlgate.detail.correction", "Holm").containsEntry("mlgate.detail.family", "3");
            // significant at alpha = 0.02 before correction, not after
            assertThat(pub).containsEntry("mlgate.verdict", "inconclusive");
            assertThat(enterprise).containsEntry("mlgate.verdict", "inconclusive");
            assertThat(pub.get("mlgate.message")).contains("DeLong p = 0.0087 (Holm-adjusted p = 0.0260 over 3 slice"
                    + " comparisons)").endsWith("better, but not significantly (p = 0.0260 >= alpha 0.02)");
        }

        @Test
        void not_when_the_suite_declares_no_correction() {
            Events events = mlgate(selectClass(ChurnPerSegmentUncorrected.class)).execute().allEvents();
            String gate = suite(ChurnPerSegmentUncorrected.class) + "/[comparison:rocAuc]";

            events.assertThatEvents()
                    .haveExactly(1, event(test(uniqueId(gate + "/[slice:segment=public]")), finishedSuccessfully()))
                    .haveExactly(1, event(test(uniqueId(gate + "/[slice:segment=enterprise]")), finishedSuccessfully()))
                    .haveExactly(1, event(test(uniqueId(gate + "/[slice:segment=retail]")), abortedWithReason()));
            assertThat(entries(events, gate + "/[slice:segment=public]")).doesNotContainKey("mlgate.p.adjusted");
        }
    }

    private static AssertionFailedError failure(Events tests, String uniqueId) {
        return (AssertionFailedError) tests.failed().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().toString().equals(uniqueId))
                .findFirst().orElseThrow().getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
    }
}
