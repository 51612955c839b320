package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.entries;
import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.ChurnTwoScoreColumns;
import dev.mlgate.baseline.fixtures.ChurnVersusProduction;
import dev.mlgate.baseline.fixtures.DifferentLabels;
import dev.mlgate.baseline.fixtures.RegressionRelabelled;
import dev.mlgate.baseline.fixtures.FirstRunConfigured;
import dev.mlgate.baseline.fixtures.FirstRunPasses;
import dev.mlgate.baseline.fixtures.OnlyInBaseline;
import dev.mlgate.baseline.fixtures.OnlyInCandidate;
import dev.mlgate.baseline.fixtures.RepeatedIds;
import dev.mlgate.baseline.invalid.DoubleWithoutDirection;
import dev.mlgate.baseline.invalid.IncompleteDeclaration;
import dev.mlgate.baseline.invalid.TestsThatDoNotFit;
import dev.mlgate.baseline.invalid.TwoRequirements;
import dev.mlgate.engine.Constants;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/** What a comparison suite decides as a whole: pairing its files, a missing baseline, declarations, entries. */
class SuiteLevelTests {

    private static void suiteFails(Class<?> type, Map<String, String> configuration, String expected) {
        mlgate(configuration, selectClass(type)).execute().containerEvents().assertThatEvents()
                .haveExactly(1, event(container(uniqueId(suite(type))), finishedWithFailure(message(
                        type.getSimpleName() + " (baseline comparison) could not be evaluated: " + expected))));
    }

    @Nested
    class RejectsUnpairedRows {

        @Test
        void ids_only_in_the_candidate_file() {
            suiteFails(OnlyInCandidate.class, Map.of(), "cannot pair the rows of six.csv (candidate) and four.csv"
                    + " (baseline) on column 'id': 2 ids are only in six.csv: 5, 6");
        }

        @Test
        void ids_only_in_the_baseline_file() {
            suiteFails(OnlyInBaseline.class, Map.of(), "cannot pair the rows of four.csv (candidate) and six.csv"
                    + " (baseline) on column 'id': 2 ids are only in six.csv: 5, 6");
        }

        @Test
        void ids_repeated_within_a_file() {
            suiteFails(RepeatedIds.class, Map.of(), "cannot pair the rows of repeated.csv (candidate) and six.csv"
                    + " (baseline) on column 'id': repeated.csv repeats 2 ids: 3 (rows 3, 5), 6 (rows 6, 8)");
        }

        @Test
        void ids_with_different_labels() {
            suiteFails(DifferentLabels.class, Map.of(), "cannot pair the rows of six.csv (candidate) and"
                    + " relabelled.csv (baseline) on column 'id': 2 ids have different labels in the two files:"
                    + " 2 (six.csv: 0, relabelled.csv: 1), 5 (six.csv: 1, relabelled.csv: 0)");
        }

        @Test
        void ids_with_different_regression_targets() {
            suiteFails(RegressionRelabelled.class, Map.of(), "cannot pair the rows of three.csv (candidate) and"
                    + " three-relabelled.csv (baseline) on column 'id': 1 id has different labels in the two files:"
                    + " 2 (three.csv: 3.0, three-relabelled.csv: 3.25)");
        }

        @Test
        void naming_at_most_the_configured_number_of_ids() {
            suiteFails(OnlyInCandidate.class, Map.of(Constants.MAX_EXAMPLES, "1"), "cannot pair the rows of six.csv"
                    + " (candidate) and four.csv (baseline) on column 'id': 2 ids are only in six.csv: 5 and 1 more");
        }
    }

    @Nested
    class MissingBaseline {

        @Test
        void fails_the_suite_by_default() {
            suiteFails(FirstRunConfigured.class, Map.of(), "the baseline file baseline/no-such-production.csv does not"
                    + " exist; on a first run without a production model, declare @BaselineComparison(firstRun ="
                    + " FirstRun.PASS) or set mlgate.baseline.first-run=pass to pass every comparison, stating that no"
                    + " baseline existed");
        }

        @Test
        void passes_every_comparison_on_a_declared_first_run_stating_it() {
            EngineExecutionResults results = mlgate(selectClass(FirstRunPasses.class)).execute();
            Events events = results.allEvents();
            String suite = suite(FirstRunPasses.class);

            results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
            Map<String, String> rocAuc = entries(events, suite + "/[comparison:rocAuc]");
            assertThat(rocAuc.get("mlgate.message")).isEqualTo("no baseline existed at baseline/no-such-production.csv"
                    + " (first run): passed without a comparison; candidate roc_auc = 0.8294 on 240 candidate rows;"
                    + " required once a baseline exists: no worse than baseline by more than 0.005");
            assertThat(rocAuc).containsEntry("mlgate.detail.firstRun", "true");
            assertThat(entries(events, suite + "/[comparison:rocAucPerSegment]/[slice:segment=retail]"))
                    .containsEntry("mlgate.detail.firstRun", "true");
            assertThat(entries(events, suite + "/[churn:churn]")).containsEntry("mlgate.detail.firstRun", "true");
            assertThat(entries(events, suite)).containsEntry("mlgate.comparison.firstRun", "true");
        }

        @Test
        void passes_on_a_first_run_the_configuration_allows() {
            mlgate(Map.of("mlgate.baseline.first-run", "pass"), selectClass(FirstRunConfigured.class)).execute()
                    .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        }

        @Test
        void rejects_an_invalid_first_run_setting() {
            suiteFails(FirstRunConfigured.class, Map.of("mlgate.baseline.first-run", "maybe"), "Invalid configuration"
                    + " value for 'mlgate.baseline.first-run': 'maybe' is neither 'fail' nor 'pass'");
        }
    }

    @Nested
    class RejectsDeclarations {

        private List<String> issues(Class<?> type) {
            return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                    .map(issue -> issue.severity() + " " + issue.message()).toList();
        }

        @Test
        void a_double_metric_without_a_direction() {
            assertThat(issues(DoubleWithoutDirection.class)).containsExactly("WARNING dev.mlgate.baseline.invalid"
                    + ".DoubleWithoutDirection.meanScore() returns a double, whose direction mlgate cannot know;"
                    + " annotate it @HigherIsBetter or @LowerIsBetter, or return a Metric");
        }

        @Test
        void two_requirements_on_one_method_and_none_on_another() {
            assertThat(issues(TwoRequirements.class)).containsExactlyInAnyOrder(
                    "WARNING dev.mlgate.baseline.invalid.TwoRequirements.rocAuc() has both @NoWorseThanBaseline and"
                            + " @BetterThanBaseline; declare one requirement per gate method",
                    "WARNING dev.mlgate.baseline.invalid.TwoRequirements.logLoss() computes a metric but declares no"
                            + " requirement; add @NoWorseThanBaseline or @BetterThanBaseline, or make it private if it"
                            + " is a helper");
        }

        @Test
        void no_baseline_and_a_negative_margin() {
            assertThat(issues(IncompleteDeclaration.class)).containsExactlyInAnyOrder(
                    "WARNING dev.mlgate.baseline.invalid.IncompleteDeclaration: @BaselineComparison names no baseline:"
                            + " set baseline (a second file) or baselineScore (a column of the candidate file)",
                    "WARNING dev.mlgate.baseline.invalid.IncompleteDeclaration.rocAuc(): margin -0.01 is not a finite"
                            + " number >= 0");
        }

        @Test
        void a_test_that_does_not_fit_the_metric() {
            assertThat(issues(TestsThatDoNotFit.class)).containsExactlyInAnyOrder(
                    "WARNING dev.mlgate.baseline.invalid.TestsThatDoNotFit.rocAuc(): test = MCNEMAR compares paired"
                            + " correctness at a threshold and fits an accuracy (accuracy@t), but the gate computes"
                            + " roc_auc; declare test = DELONG or AUTO",
                    "WARNING dev.mlgate.baseline.invalid.TestsThatDoNotFit.accuracy(): test = DELONG compares two ROC"
                            + " AUCs, but the gate computes accuracy@0.5; declare test = MCNEMAR or AUTO");
        }

        @Test
        void a_test_that_does_not_fit_fails_as_the_declaration_of_its_member() {
            Events tests = mlgate(selectClass(TestsThatDoNotFit.class)).execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test(),
                    uniqueId(suite(TestsThatDoNotFit.class) + "/[declaration:rocAuc]"),
                    finishedWithFailure(message(text -> text.contains("test = MCNEMAR")))));
            assertThat(tests.failed().count()).isEqualTo(2);
        }
    }

    @Nested
    class PublishesOnTheSuite {

        private final Map<String, String> entries = entries(mlgate(selectClass(ChurnVersusProduction.class)).execute()
                .allEvents(), suite(ChurnVersusProduction.class));

        @Test
        void its_kind_and_artifacts() {
            assertThat(entries).containsEntry("mlgate.suite.kind", "baseline comparison")
                    .containsEntry("mlgate.artifact.0.role", "candidate")
                    .containsEntry("mlgate.artifact.0.path", "baseline/candidate.csv")
                    .containsEntry("mlgate.artifact.0.rows", "240")
                    .containsEntry("mlgate.artifact.1.role", "baseline")
                    .containsEntry("mlgate.artifact.1.path", "baseline/production.csv")
                    .containsEntry("mlgate.artifact.1.rows", "240")
                    .doesNotContainKeys("mlgate.artifact.0.model", "mlgate.artifact.1.model");
        }

        @Test
        void the_candidates_model_when_the_suite_names_one() {
            assertThat(entries(mlgate(selectClass(ChurnTwoScoreColumns.class)).execute().allEvents(),
                    suite(ChurnTwoScoreColumns.class)))
                    .containsEntry("mlgate.artifact.0.role", "candidate")
                    .containsEntry("mlgate.artifact.0.model", "churn-next");
        }

        @Test
        void both_models_roc_and_precision_recall_charts_at_most_200_points() {
            // scikit-learn 1.2.1 roc_auc_score: candidate 0.829437386569873, baseline 0.7019963702359346
            String roc = entries.get("mlgate.chart.roc.candidate");
            assertThat(roc).startsWith("{\"fpr\":[0.0,").endsWith("],\"auc\":0.829437386569873}");
            assertThat(entries.get("mlgate.chart.roc.baseline")).endsWith(",\"auc\":0.7019963702359346}");
            double[] fpr = array(roc, "fpr");
            double[] tpr = array(roc, "tpr");
            assertThat(fpr).hasSize(tpr.length).hasSizeLessThanOrEqualTo(200);
            assertThat(fpr[fpr.length - 1]).isEqualTo(1.0);
            assertThat(tpr[tpr.length - 1]).isEqualTo(1.0);
            String pr = entries.get("mlgate.chart.pr.candidate");
            assertThat(array(pr, "recall")).hasSize(array(pr, "precision").length).hasSizeLessThanOrEqualTo(200);
            assertThat(entries).containsKey("mlgate.chart.pr.baseline");
        }

        private double[] array(String json, String key) {
            int start = json.indexOf("\"" + key + "\":[") + key.length() + 4;
            return Arrays.stream(json.substring(start, json.indexOf(']', start)).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
        }
    }
}
