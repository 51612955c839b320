package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.number;
import static dev.mlgate.baseline.BaselineTestSupport.relative;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.ChurnTwoScoreColumns;
import dev.mlgate.baseline.fixtures.ChurnVersusProduction;
import dev.mlgate.baseline.fixtures.McNemarAtSeventyPercent;
import dev.mlgate.baseline.fixtures.WdbcVersusProduction;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.stats.DeLong;
import dev.mlgate.stats.DeLongResult;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.Events;

/**
 * Baseline comparisons end to end. Reference values are committed with their source:
 * reference/baseline_reference.R (R 4.2.2, pROC 1.18.0) and reference/baseline_reference.py
 * (statsmodels 0.13.5, scikit-learn 1.2.1), run on the fixture files under fixtures/baseline.
 */
class BaselineComparisonTests {

    private static final String CHURN = suite(ChurnVersusProduction.class);

    @Nested
    class Discovers {

        @Test
        void one_test_per_comparison_gate_and_one_for_churn() throws Exception {
            EngineDiscoveryResults results = mlgate(selectClass(ChurnVersusProduction.class)).discover();

            assertThat(results.getDiscoveryIssues()).isEmpty();
            assertThat(results.getEngineDescriptor().getDescendants()).extracting(d -> d.getUniqueId().toString())
                    .containsExactlyInAnyOrder(CHURN, CHURN + "/[comparison:accuracy]",
                            CHURN + "/[comparison:accuracyChiSquared]", CHURN + "/[comparison:accuracyChiSquaredCorrected]",
                            CHURN + "/[comparison:brierScore]", CHURN + "/[comparison:logLoss]",
                            CHURN + "/[comparison:rocAuc]", CHURN + "/[comparison:rocAucAtOnePerMille]",
                            CHURN + "/[comparison:rocAucByAFifth]", CHURN + "/[comparison:rocAucByATenthOnTheInterval]",
                            CHURN + "/[comparison:rocAucSignificantly]", CHURN + "/[churn:churn]");
            TestDescriptor rocAuc = find(results, CHURN + "/[comparison:rocAuc]");
            assertThat(rocAuc.getDisplayName()).isEqualTo("rocAuc no worse than baseline by more than 0.005");
            assertThat(rocAuc.getSource()).contains(MethodSource.from(
                    ChurnVersusProduction.class.getDeclaredMethod("rocAuc", BinaryScores.class)));
            assertThat(find(results, CHURN + "/[churn:churn]").getSource()).isEmpty();
            assertThat(find(results, CHURN + "/[churn:churn]").getDisplayName())
                    .isEqualTo("prediction churn at threshold 0.5 <= 0.05");
        }

        @Test
        void a_per_slice_gate_as_a_container() {
            EngineDiscoveryResults results = mlgate(selectClass(WdbcVersusProduction.class)).discover();

            assertThat(find(results, suite(WdbcVersusProduction.class) + "/[comparison:rocAucPerSizeBand]").getType())
                    .isEqualTo(TestDescriptor.Type.CONTAINER);
        }

        private TestDescriptor find(EngineDiscoveryResults results, String id) {
            return results.getEngineDescriptor().findByUniqueId(UniqueId.parse(id)).orElseThrow();
        }
    }

    @Nested
    class Compares {

        @Test
        void the_examples_candidate_with_production_no_worse_with_deLong_as_pROC() {
            Events events = mlgate(selectMethod(WdbcVersusProduction.class, "rocAuc", BinaryScores.class.getName()))
                    .execute().allEvents();
            String gate = suite(WdbcVersusProduction.class) + "/[comparison:rocAuc]";

            events.assertThatEvents().haveExactly(1, event(test(uniqueId(gate)), finishedSuccessfully()));
            Map<String, String> entries = entries(events, gate);
            assertThat(entries.get("mlgate.message")).isEqualTo("roc_auc on 142 joined rows: candidate 0.9979 vs"
                    + " baseline 0.9445, difference +0.0534 (95% paired bootstrap interval [+0.0207, +0.0967]), DeLong"
                    + " p = 0.0069; required: no worse than baseline by more than 0.005");
            // pROC 1.18.0: auc1=0.99788000847996605 auc2=0.94445622217511127 z=2.7027796183033015 p=0.0068762320857537265
            assertThat(number(entries, "mlgate.detail.candidate")).isCloseTo(0.99788000847996605, relative(0.998));
            assertThat(number(entries, "mlgate.detail.baseline")).isCloseTo(0.94445622217511127, relative(0.944));
            assertThat(number(entries, "mlgate.detail.z")).isCloseTo(2.7027796183033015, relative(2.70));
            assertThat(number(entries, "mlgate.p")).isCloseTo(0.0068762320857537265, relative(0.00688));
        }

        @Test
        void reports_the_deLong_statistics_of_the_joined_rows() throws Exception {
            Events events = mlgate(selectClass(ChurnVersusProduction.class)).execute().allEvents();
            Map<String, String> entries = entries(events, CHURN + "/[comparison:rocAuc]");

            // pROC 1.18.0, churn all rows: auc1=0.82943738656987298 auc2=0.70199637023593464
            // z=3.2211341149418944 p=0.0012768438193024589
            assertThat(number(entries, "mlgate.detail.candidate")).isCloseTo(0.82943738656987298, relative(0.829));
            assertThat(number(entries, "mlgate.detail.baseline")).isCloseTo(0.70199637023593464, relative(0.702));
            assertThat(number(entries, "mlgate.detail.z")).isCloseTo(3.2211341149418944, relative(3.22));
            assertThat(number(entries, "mlgate.p")).isCloseTo(0.0012768438193024589, relative(0.00128));
            DeLongResult direct = deLongOnJoinedRows();
            assertThat(number(entries, "mlgate.detail.z")).isEqualTo(direct.z());
            assertThat(number(entries, "mlgate.p")).isEqualTo(direct.pValue());
            assertThat(number(entries, "mlgate.detail.se")).isEqualTo(direct.standardError());
            assertThat(entries).containsEntry("mlgate.detail.test", "DeLong")
                    .containsEntry("mlgate.detail.direction", "higher");
            assertThat(number(entries, "mlgate.detail.difference")).isEqualTo(direct.difference());
            assertThat(number(entries, "mlgate.observed")).isEqualTo(direct.difference());
            assertThat(number(entries, "mlgate.interval.lower")).isLessThan(direct.difference());
            assertThat(number(entries, "mlgate.interval.upper")).isGreaterThan(direct.difference());
        }

        @Test
        void one_file_with_two_score_columns_as_two_joined_files() {
            Events events = mlgate(selectClass(ChurnTwoScoreColumns.class)).execute().allEvents();
            Map<String, String> entries = entries(events, suite(ChurnTwoScoreColumns.class) + "/[comparison:rocAuc]");

            assertThat(number(entries, "mlgate.detail.z")).isCloseTo(3.2211341149418944, relative(3.22));
            assertThat(number(entries, "mlgate.p")).isCloseTo(0.0012768438193024589, relative(0.00128));
        }

        @Test
        void accuracy_with_mcNemar_as_statsmodels() {
            Events events = mlgate(selectClass(ChurnVersusProduction.class)).execute().allEvents();

            // statsmodels 0.13.5 mcnemar([[.., 56], [31, ..]]): exact statistic=31.0 p=0.009673218547269866;
            // corrected chi2 6.620689655172414 p=0.010080079357191301; uncorrected 7.183908045977011 p=0.007356030658154957
            Map<String, String> exact = entries(events, CHURN + "/[comparison:accuracy]");
            assertThat(exact).containsEntry("mlgate.detail.test", "McNemar exact").containsEntry("mlgate.detail.b", "56")
                    .containsEntry("mlgate.detail.c", "31");
            assertThat(number(exact, "mlgate.detail.statistic")).isEqualTo(31.0);
            assertThat(number(exact, "mlgate.p")).isCloseTo(0.009673218547269866, relative(0.00967));
            Map<String, String> corrected = entries(events, CHURN + "/[comparison:accuracyChiSquaredCorrected]");
            assertThat(number(corrected, "mlgate.detail.statistic")).isCloseTo(6.620689655172414, relative(6.62));
            assertThat(number(corrected, "mlgate.p")).isCloseTo(0.010080079357191301, relative(0.0101));
            Map<String, String> uncorrected = entries(events, CHURN + "/[comparison:accuracyChiSquared]");
            assertThat(number(uncorrected, "mlgate.detail.statistic")).isCloseTo(7.183908045977011, relative(7.18));
            assertThat(number(uncorrected, "mlgate.p")).isCloseTo(0.007356030658154957, relative(0.00736));
            // scikit-learn 1.2.1: accuracy@0.5 candidate=0.7375 baseline=0.6333333333333333
            assertThat(number(exact, "mlgate.detail.candidate")).isCloseTo(0.7375, relative(0.7375));
            assertThat(number(exact, "mlgate.detail.baseline")).isCloseTo(0.6333333333333333, relative(0.633));
        }

        @Test
        void mcNemar_at_the_threshold_of_the_compared_accuracy_not_the_annotations_default() {
            Events events = mlgate(selectClass(McNemarAtSeventyPercent.class)).execute().allEvents();

            // SciPy 1.17.1 on fixtures/baseline/{candidate,production}.csv classified at 0.7:
            // b = 37, c = 33, scipy.stats.binomtest(33, 70, 0.5).pvalue = 0.7202027723528612
            // (at the annotation's 0.5 it would be b = 56, c = 31, p = 0.009673218547269866)
            Map<String, String> entries = entries(events,
                    suite(McNemarAtSeventyPercent.class) + "/[comparison:accuracy]");
            assertThat(entries).containsEntry("mlgate.detail.test", "McNemar exact")
                    .containsEntry("mlgate.detail.threshold", "0.7").containsEntry("mlgate.detail.b", "37")
                    .containsEntry("mlgate.detail.c", "33");
            assertThat(number(entries, "mlgate.p")).isCloseTo(0.7202027723528612, relative(0.72));
        }

        @Test
        void a_lower_is_better_metric_relative_to_the_baseline() {
            Events events = mlgate(selectClass(ChurnVersusProduction.class)).execute().allEvents();
            Map<String, String> entries = entries(events, CHURN + "/[comparison:logLoss]");

            // scikit-learn 1.2.1 log_loss: candidate=0.5034144675916062 baseline=0.6712639676129715
            double candidate = 0.5034144675916062;
            double baseline = 0.6712639676129715;
            assertThat(number(entries, "mlgate.detail.candidate")).isCloseTo(candidate, relative(candidate));
            assertThat(number(entries, "mlgate.detail.baseline")).isCloseTo(baseline, relative(baseline));
            assertThat(number(entries, "mlgate.detail.difference.relative"))
                    .isCloseTo((candidate - baseline) / baseline, relative(0.25));
            assertThat(entries).containsEntry("mlgate.verdict", "passed").containsEntry("mlgate.detail.direction", "lower")
                    .containsEntry("mlgate.detail.test", "paired bootstrap");
            assertThat(entries.get("mlgate.message")).startsWith("log_loss on 240 joined rows: candidate 0.5034 vs"
                    + " baseline 0.6713, difference -0.1678 = -25.00% of the baseline (90% paired bootstrap interval [");
        }

        @Test
        void a_double_metric_with_its_declared_direction_and_the_bootstrap_p_value() {
            Events events = mlgate(selectClass(ChurnVersusProduction.class)).execute().allEvents();
            Map<String, String> entries = entries(events, CHURN + "/[comparison:brierScore]");

            assertThat(entries).containsEntry("mlgate.verdict", "passed").containsEntry("mlgate.detail.direction", "lower");
            assertThat(number(entries, "mlgate.interval.upper")).isNegative();
            // every one of the 1000 resampled differences lies below 0, so k = 0: p = 2 (1 + 0) / 1001
            assertThat(number(entries, "mlgate.p")).isEqualTo(2.0 / 1001);
        }

        /** DeLong's test on the fixture files joined by hand (plain line splitting), candidate file order. */
        private DeLongResult deLongOnJoinedRows() throws Exception {
            List<String[]> candidate = lines("baseline/candidate.csv");
            Map<String, Double> production = new HashMap<>();
            lines("baseline/production.csv").forEach(row -> production.put(row[0], Double.parseDouble(row[2])));
            boolean[] labels = new boolean[candidate.size()];
            double[] a = new double[labels.length];
            double[] b = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = candidate.get(i)[1].equals("1");
                a[i] = Double.parseDouble(candidate.get(i)[2]);
                b[i] = production.get(candidate.get(i)[0]);
            }
            return DeLong.test(labels, a, b);
        }

        private List<String[]> lines(String file) throws Exception {
            List<String> lines = Files.readAllLines(BaselineTestSupport.FIXTURES.resolve(file));
            return lines.subList(1, lines.size()).stream().map(line -> line.split(",")).toList();
        }
    }
}
