package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.entry;
import static dev.mlgate.quality.QualityTestSupport.gate;
import static dev.mlgate.quality.QualityTestSupport.message;
import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static dev.mlgate.quality.QualityTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.quality.badinput.BadLabel;
import dev.mlgate.quality.badinput.EmptyFile;
import dev.mlgate.quality.badinput.InfinitePrediction;
import dev.mlgate.quality.badinput.MissingColumn;
import dev.mlgate.quality.badinput.MissingLabel;
import dev.mlgate.quality.badinput.MulticlassBadLabel;
import dev.mlgate.quality.badinput.MulticlassBadSum;
import dev.mlgate.quality.badinput.NanScore;
import dev.mlgate.quality.badinput.OneClass;
import dev.mlgate.quality.badinput.OutOfRange;
import dev.mlgate.quality.badinput.ThrowingScorer;
import dev.mlgate.quality.fixtures.ChurnGates;
import dev.mlgate.quality.fixtures.ChurnGatesGzip;
import dev.mlgate.quality.fixtures.CreditScorerQuality;
import dev.mlgate.quality.fixtures.DiabetesRegression;
import dev.mlgate.quality.fixtures.IrisJsonLines;
import dev.mlgate.quality.fixtures.IrisPredictedClasses;
import dev.mlgate.quality.fixtures.IrisProbabilities;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Model-quality suites of every task, end to end through EngineTestKit. Every metric value is
 * scikit-learn 1.2.1's on the same fixture file, printed by
 * src/test/resources/reference/quality_reference.py (the function is named next to each value).
 */
class ModelQualityEngineTests {

    private static final double EXACT = 1e-12;

    private static double observed(Events events, String uniqueId) {
        return Double.parseDouble(entry(events, uniqueId).get("mlgate.observed"));
    }

    @Nested
    class Reads {

        @Test
        void binary_predictions_with_an_id_column_and_the_same_from_gzip_csv() throws Exception {
            List<String> ids = Files.readAllLines(QualityTestSupport.FIXTURES.resolve("binary.csv")).stream().skip(1)
                    .map(line -> line.split(",")[0]).toList();
            Events events = mlgate(selectClass(ChurnGates.class), selectClass(ChurnGatesGzip.class)).execute().allEvents();

            assertThat(message(events, gate(ChurnGates.class, "rocAuc"))).isNull();
            assertThat(entry(events, gate(ChurnGates.class, "rocAuc")).get("mlgate.message"))
                    .isEqualTo("roc_auc = 0.955587 on binary.csv, 300 rows; required >= 0.95");
            assertThat(observed(events, gate(ChurnGates.class, "rocAuc")))
                    .isCloseTo(0.955586578959822, within(EXACT)); // roc_auc_score
            assertThat(observed(events, gate(ChurnGates.class, "logLoss")))
                    .isCloseTo(0.32125856462599633, within(EXACT)); // log_loss
            assertThat(observed(events, gate(ChurnGatesGzip.class, "rocAuc")))
                    .isEqualTo(observed(events, gate(ChurnGates.class, "rocAuc")));
            assertThat(new HashSet<>(ids)).hasSize(ids.size() - 1); // one repeated id, read without complaint
        }

        @Test
        void multiclass_probabilities_overall_and_per_slice() {
            Events events = mlgate(selectClass(IrisProbabilities.class)).execute().allEvents();
            String accuracyPerSepal = gate(IrisProbabilities.class, "accuracyPerSepal");

            assertThat(observed(events, gate(IrisProbabilities.class, "accuracy"))).isCloseTo(0.92, within(EXACT));
            assertThat(observed(events, gate(IrisProbabilities.class, "macroF1")))
                    .isCloseTo(0.9185185185185185, within(EXACT)); // f1_score(average='macro')
            assertThat(observed(events, gate(IrisProbabilities.class, "logLoss")))
                    .isCloseTo(0.42153796569550167, within(EXACT)); // log_loss
            assertThat(message(events, gate(IrisProbabilities.class, "rocAucOneVsRest")))
                    .isEqualTo("roc_auc_ovr = 0.989713 on iris.csv, 50 rows; required >= 0.99");
            assertThat(observed(events, gate(IrisProbabilities.class, "rocAucOneVsRest")))
                    .isCloseTo(0.9897133095662506, within(EXACT)); // roc_auc_score(multi_class='ovr')
            assertThat(message(events, accuracyPerSepal + "/[slice:sepal=long]"))
                    .isEqualTo("accuracy = 0.857143 on slice sepal=long of iris.csv, 28 rows; required >= 0.9");
            assertThat(observed(events, accuracyPerSepal + "/[slice:sepal=long]"))
                    .isCloseTo(0.8571428571428571, within(EXACT)); // accuracy_score on sepal=long
            assertThat(message(events, accuracyPerSepal + "/[slice:sepal=short]")).isNull();
        }

        @Test
        void multiclass_probabilities_from_json_lines() {
            Events events = mlgate(selectClass(IrisJsonLines.class)).execute().allEvents();

            assertThat(observed(events, gate(IrisJsonLines.class, "logLoss")))
                    .isCloseTo(0.42153796569550167, within(EXACT)); // log_loss, as iris.csv
        }

        @Test
        void multiclass_predicted_classes_where_probability_metrics_are_inconclusive() {
            Events events = mlgate(selectClass(IrisPredictedClasses.class)).execute().allEvents();

            assertThat(observed(events, gate(IrisPredictedClasses.class, "accuracy")))
                    .isCloseTo(0.92, within(EXACT)); // accuracy_score(y, predicted column)
            assertThat(message(events, gate(IrisPredictedClasses.class, "macroRecall")))
                    .isEqualTo("recall_macro = 0.917892 on iris.csv, 50 rows; required >= 0.92");
            assertThat(observed(events, gate(IrisPredictedClasses.class, "macroRecall")))
                    .isCloseTo(0.9178921568627452, within(EXACT)); // recall_score(average='macro')
            assertThat(message(events, gate(IrisPredictedClasses.class, "logLoss"))).isEqualTo("Inconclusive: log_loss"
                    + " is undefined on iris.csv, 50 rows: log loss is undefined: the predictions hold predicted"
                    + " classes only, no class probabilities");
        }

        @Test
        void regression_predictions_overall_and_per_slice() {
            Events events = mlgate(selectClass(DiabetesRegression.class)).execute().allEvents();
            String r2PerSex = gate(DiabetesRegression.class, "r2PerSex");

            assertThat(observed(events, gate(DiabetesRegression.class, "rmse")))
                    .isCloseTo(55.282264152890846, within(1e-9)); // mean_squared_error(squared=False)
            assertThat(message(events, gate(DiabetesRegression.class, "mae")))
                    .isEqualTo("mae = 45.461 on diabetes.csv, 100 rows; required <= 45");
            assertThat(observed(events, gate(DiabetesRegression.class, "mae")))
                    .isCloseTo(45.460950000000004, within(1e-9)); // mean_absolute_error
            assertThat(observed(events, r2PerSex + "/[slice:sex=F]")).isCloseTo(0.5373829426936986, within(EXACT));
            assertThat(observed(events, r2PerSex + "/[slice:sex=M]")).isCloseTo(0.5191354750104906, within(EXACT));
        }

        @Test
        void evaluation_data_scored_in_process_by_a_scorer() {
            Events events = mlgate(selectClass(CreditScorerQuality.class)).execute().allEvents();

            assertThat(observed(events, gate(CreditScorerQuality.class, "rocAuc")))
                    .isCloseTo(0.8268963601000279, within(EXACT)); // roc_auc_score on numpy's scores
            assertThat(observed(events, gate(CreditScorerQuality.class, "logLoss")))
                    .isCloseTo(0.5542541177669243, within(EXACT)); // log_loss
            assertThat(entry(events, suite(CreditScorerQuality.class)))
                    .containsEntry("mlgate.artifact.0.role", "evaluation data")
                    .containsEntry("mlgate.artifact.0.path", "eval-features.csv")
                    .containsEntry("mlgate.artifact.0.rows", "120");
        }
    }

    @Nested
    class FailsTheSuiteNamingFileColumnAndRow {

        private String suiteFailure(Class<?> type) {
            Events containers = mlgate(selectClass(type), selectClass(ChurnGatesGzip.class)).execute().containerEvents();
            containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(ChurnGatesGzip.class))),
                    finishedSuccessfully()));
            return message(containers, suite(type));
        }

        @Test
        void for_a_nan_score() {
            assertThat(suiteFailure(NanScore.class)).startsWith("NanScore (model quality) could not be evaluated: ")
                    .endsWith("nan-score.csv, line 4 (row 3), column 'p_churn': score NaN is not a finite number");
        }

        @Test
        void for_an_infinite_prediction() {
            assertThat(suiteFailure(InfinitePrediction.class)).endsWith("regression-infinite.csv, line 3 (row 2),"
                    + " column 'predicted': prediction Infinity is not a finite number");
        }

        @Test
        void for_a_label_outside_the_declared_set() {
            assertThat(suiteFailure(BadLabel.class)).endsWith("bad-label.csv, line 3 (row 2), column 'churned': label"
                    + " 'yes' is neither the positive label '1' nor the negative label '0'");
            assertThat(suiteFailure(MulticlassBadLabel.class)).endsWith("iris-bad-label.csv, line 3 (row 2), column"
                    + " 'species': label 'daisy' is not one of the classes [setosa, versicolor, virginica]");
        }

        @Test
        void for_a_missing_label() {
            assertThat(suiteFailure(MissingLabel.class))
                    .endsWith("missing-label.csv, line 5 (row 4), column 'churned': missing label");
        }

        @Test
        void for_a_missing_column_listing_the_columns_that_exist() {
            assertThat(suiteFailure(MissingColumn.class))
                    .endsWith("binary.csv: no column 'p_default'; the columns are: id, churned, p_churn, segment");
        }

        @Test
        void for_class_probabilities_that_do_not_sum_to_one() {
            assertThat(suiteFailure(MulticlassBadSum.class)).endsWith("iris-bad-sum.csv, line 3 (row 2), column"
                    + " 'p_setosa': the probabilities of the classes [setosa, versicolor, virginica] sum to 0.5, not 1");
        }

        @Test
        void for_a_scorer_that_throws() {
            assertThat(suiteFailure(ThrowingScorer.class)).contains("eval-features-gap.csv, line 4 (row 3): CreditScorer"
                    + " threw java.lang.NullPointerException");
        }
    }

    @Nested
    class IsInconclusive {

        @Test
        void for_every_gate_of_a_file_without_rows() {
            Events events = mlgate(selectClass(EmptyFile.class)).execute().allEvents();

            events.assertStatistics(stats -> stats.failed(0));
            for (String gate : List.of("rocAuc", "rocAucLowerBound", "rocAucPerSegment", "recallGap")) {
                assertThat(message(events, gate(EmptyFile.class, gate)))
                        .isEqualTo("Inconclusive: no evaluation rows in empty.csv, 0 rows");
            }
        }

        @Test
        void for_probabilities_outside_zero_and_one_where_a_metric_needs_probabilities() {
            Events events = mlgate(selectClass(OutOfRange.class)).execute().allEvents();

            assertThat(message(events, gate(OutOfRange.class, "rocAuc"))).isNull();
            assertThat(message(events, gate(OutOfRange.class, "logLoss"))).isEqualTo("Inconclusive: log_loss is"
                    + " undefined on out-of-range.csv, 6 rows: log loss is undefined: the score on line 6 (row 5) is 1.3, not a"
                    + " probability in [0, 1]");
            assertThat(message(events, gate(OutOfRange.class, "brierScore"))).contains("Brier score is undefined");
        }

        @Test
        void for_a_metric_undefined_on_one_class_or_on_no_rows() {
            Events events = mlgate(selectClass(OneClass.class)).execute().allEvents();

            assertThat(message(events, gate(OneClass.class, "rocAuc"))).isEqualTo("Inconclusive: roc_auc is undefined"
                    + " on one-class.csv, 5 rows: ROC AUC is undefined: the evaluation rows hold only one class"
                    + " (positive: 0, negative: 5)");
            assertThat(message(events, gate(OneClass.class, "rocAucAboveTwo")))
                    .endsWith("ROC AUC is undefined: there are no rows");
            events.assertStatistics(stats -> stats.failed(0).aborted(2));
        }
    }
}
