package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.FIXTURES;
import static dev.mlgate.quality.QualityTestSupport.entry;
import static dev.mlgate.quality.QualityTestSupport.gate;
import static dev.mlgate.quality.QualityTestSupport.message;
import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static dev.mlgate.quality.QualityTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;

import dev.mlgate.engine.Constants;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Direction;
import dev.mlgate.quality.fixtures.ChurnGates;
import dev.mlgate.quality.fixtures.NoisyInterval;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.Events;

/**
 * Interval gates ({@code confidence} on {@link AtLeast}/{@link AtMost}) and fairness gates
 * ({@link MaxSliceGap}). Estimates are scikit-learn 1.2.1's or numpy's (quality_reference.py); interval
 * bounds equal {@link Bootstrap} on the same rows, seed and resamples (its coverage is tested in
 * BootstrapTest) and lie near numpy's classic percentile bootstrap.
 */
class IntervalAndFairnessEngineTests {

    private static final String NOISY_LOWER_BOUND = "roc_auc = 0.8725, 95% interval [0.748802, 0.96875] on noisy.csv,"
            + " 40 rows (Poisson bootstrap, percentile interval, 1000 resamples, 0 undefined, seed 42); required lower"
            + " bound of the 95% interval >= 0.8, lower bound is 0.748802";

    private static BinaryScores noisy() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("noisy.csv"));
        double[] scores = new double[lines.size() - 1];
        boolean[] labels = new boolean[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",");
            labels[i - 1] = fields[1].equals("1");
            scores[i - 1] = Double.parseDouble(fields[2]);
        }
        return BinaryScores.of(scores, labels);
    }

    private static double number(Map<String, String> entry, String key) {
        return Double.parseDouble(entry.get(key));
    }

    @Nested
    class IntervalGates {

        @Test
        void pass_on_the_point_estimate_but_fail_when_the_lower_bound_is_below() throws Exception {
            Events events = mlgate(selectClass(NoisyInterval.class)).execute().allEvents();
            Map<String, String> lowerBound = entry(events, gate(NoisyInterval.class, "rocAucLowerBound"));
            Interval reference = new Bootstrap(42, 1000, 0.95).interval(noisy(), BinaryScores::rocAuc);

            assertThat(message(events, gate(NoisyInterval.class, "rocAuc"))).isNull();
            assertThat(message(events, gate(NoisyInterval.class, "rocAucLowerBound"))).isEqualTo(NOISY_LOWER_BOUND);
            assertThat(number(lowerBound, "mlgate.observed")).isCloseTo(0.8725, within(1e-12)); // roc_auc_score
            assertThat(number(lowerBound, "mlgate.interval.lower")).isEqualTo(reference.lower())
                    .isCloseTo(0.7474747474747475, within(0.03)); // numpy classic bootstrap, 20000 resamples
            assertThat(number(lowerBound, "mlgate.interval.upper")).isEqualTo(reference.upper())
                    .isCloseTo(0.9624060150375939, within(0.03));
            assertThat(lowerBound).containsEntry("mlgate.detail.resamples", "1000")
                    .containsEntry("mlgate.detail.resamples.undefined", "0").containsEntry("mlgate.detail.seed", "42")
                    .containsEntry("mlgate.detail.direction", "higher");
        }

        @Test
        void give_a_user_written_metric_an_interval() throws Exception {
            Events events = mlgate(selectClass(NoisyInterval.class)).execute().allEvents();
            Map<String, String> meanScore = entry(events, gate(NoisyInterval.class, "meanScore"));
            Interval reference = new Bootstrap(42, 1000, 0.9).interval(noisy(), view -> {
                double sum = 0;
                long weight = 0;
                for (int row = 0; row < view.size(); row++) {
                    sum += view.weight(row) * view.score(row);
                    weight += view.weight(row);
                }
                return Metric.of("meanScore", sum / weight, Direction.HIGHER_IS_BETTER);
            });

            assertThat(message(events, gate(NoisyInterval.class, "meanScore"))).isNull();
            assertThat(number(meanScore, "mlgate.observed")).isCloseTo(0.47966749999999997, within(1e-12)); // np.mean
            assertThat(number(meanScore, "mlgate.interval.lower")).isEqualTo(reference.lower())
                    .isLessThan(0.47966749999999997);
            assertThat(number(meanScore, "mlgate.interval.upper")).isEqualTo(reference.upper())
                    .isGreaterThan(0.47966749999999997).isLessThanOrEqualTo(0.6);
            // a plain double under @AtMost is a lower-is-better metric
            assertThat(meanScore).containsEntry("mlgate.detail.direction", "lower");
        }

        @Test
        void give_the_same_verdict_and_message_for_the_same_seed() {
            String first = message(mlgate(selectClass(NoisyInterval.class)).execute().allEvents(),
                    gate(NoisyInterval.class, "rocAucLowerBound"));
            String second = message(mlgate(selectClass(NoisyInterval.class)).execute().allEvents(),
                    gate(NoisyInterval.class, "rocAucLowerBound"));
            String otherSeed = message(mlgate(Map.of(Constants.SEED, "7"), selectClass(NoisyInterval.class)).execute()
                    .allEvents(), gate(NoisyInterval.class, "rocAucLowerBound"));

            assertThat(second).isEqualTo(first).isEqualTo(NOISY_LOWER_BOUND);
            assertThat(otherSeed).contains("seed 7").isNotEqualTo(first);
        }

        @Test
        void decide_every_slice_and_leave_a_small_one_inconclusive() {
            String perSegment = gate(ChurnGates.class, "rocAucLowerBoundPerSegment");
            Events events = mlgate(selectMethod(ChurnGates.class, "rocAucLowerBoundPerSegment",
                    BinaryScores.class.getName())).execute().allEvents();

            assertThat(message(events, perSegment + "/[slice:segment=retail]")).isNull();
            assertThat(message(events, perSegment + "/[slice:segment=enterprise]")).isEqualTo("roc_auc = 0.946811, 95%"
                    + " interval [0.897815, 0.980901] on slice segment=enterprise of binary.csv, 120 rows (Poisson"
                    + " bootstrap, percentile interval, 1000 resamples, 0 undefined, seed 42); required lower bound of"
                    + " the 95% interval >= 0.9, lower bound is 0.897815");
            assertThat(number(entry(events, perSegment + "/[slice:segment=enterprise]"), "mlgate.observed"))
                    .isCloseTo(0.9468114731272627, within(1e-12)); // roc_auc_score on segment=enterprise
            assertThat(message(events, perSegment + "/[slice:segment=smb]"))
                    .isEqualTo("Inconclusive: slice segment=smb has 20 rows, fewer than the minimum slice size 30");
        }

        @Test
        void rerun_one_slice_alone_by_its_unique_id_with_the_same_result() {
            String child = gate(ChurnGates.class, "rocAucLowerBoundPerSegment") + "/[slice:segment=enterprise]";
            String whole = message(mlgate(selectClass(ChurnGates.class)).execute().allEvents(), child);

            Events tests = mlgate(selectUniqueId(child)).execute().testEvents();

            tests.assertStatistics(stats -> stats.started(1).failed(1));
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(child)), finishedWithFailure()));
            assertThat(message(tests, child)).isEqualTo(whole);
        }
    }

    @Nested
    class FairnessGates {

        @Test
        void bound_the_demographic_parity_difference_naming_best_worst_and_excluded_slices() {
            Events events = mlgate(selectClass(ChurnGates.class)).execute().allEvents();
            Map<String, String> positiveRate = entry(events, gate(ChurnGates.class, "positiveRate"));

            assertThat(message(events, gate(ChurnGates.class, "positiveRate"))).isEqualTo("positiveRate gap across"
                    + " slices of 'segment' = 0.26875 (best enterprise = 0.6, worst retail = 0.33125) on binary.csv, 300"
                    + " rows; required <= 0.1; excluded: smb (20 rows, fewer than the minimum slice size 30)");
            // demographic_parity_difference by hand with numpy: 0.6 - 0.33125 over the groups of >= 30 rows
            assertThat(number(positiveRate, "mlgate.observed")).isCloseTo(0.26875, within(1e-12));
            assertThat(positiveRate).containsEntry("mlgate.detail.best.slice", "enterprise")
                    .containsEntry("mlgate.detail.worst.slice", "retail")
                    .containsEntry("mlgate.detail.direction", "lower");
        }

        @Test
        void bound_the_equal_opportunity_difference() {
            Events events = mlgate(selectClass(ChurnGates.class)).execute().allEvents();
            Map<String, String> recallGap = entry(events, gate(ChurnGates.class, "recallGap"));

            assertThat(message(events, gate(ChurnGates.class, "recallGap"))).isNull();
            // equal_opportunity_difference by hand: recall_score 0.9365079365079365 - 0.9069767441860465
            assertThat(number(recallGap, "mlgate.observed")).isCloseTo(0.029531192321890054, within(1e-12));
            assertThat(number(recallGap, "mlgate.detail.slice.retail")).isCloseTo(0.9069767441860465, within(1e-12));
            assertThat(number(recallGap, "mlgate.detail.slice.enterprise"))
                    .isCloseTo(0.9365079365079365, within(1e-12));
        }

        @Test
        void is_one_test_node_named_after_its_bound() {
            EngineDiscoveryResults results = mlgate(selectClass(ChurnGates.class)).discover();
            TestDescriptor recallGap = results.getEngineDescriptor().getDescendants().stream()
                    .filter(node -> node.getUniqueId().toString().equals(gate(ChurnGates.class, "recallGap")))
                    .findFirst().orElseThrow();

            assertThat(recallGap.getDisplayName()).isEqualTo("recallGap gap across slices of segment <= 0.1");
            assertThat(recallGap.getType()).isEqualTo(TestDescriptor.Type.TEST);
            assertThat(results.getEngineDescriptor().getChildren()).extracting(node -> node.getUniqueId().toString())
                    .containsExactly(suite(ChurnGates.class));
        }
    }
}
