package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.entry;
import static dev.mlgate.quality.QualityTestSupport.gate;
import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static dev.mlgate.quality.QualityTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.quality.fixtures.ChallengerGates;
import dev.mlgate.quality.fixtures.ChurnGates;
import dev.mlgate.quality.fixtures.DiabetesRegression;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Events;

/**
 * The report entries of a model-quality suite node: kind, artifact and, for binary suites, the chart
 * data of the candidate. Curve sizes and areas are scikit-learn 1.2.1's on binary.csv
 * (quality_reference.py: roc_curve and precision_recall_curve have 297 points each).
 */
class SuiteEntriesEngineTests {

    private static double[] array(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\\[([^\\]]*)\\]").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return Arrays.stream(matcher.group(1).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":([-0-9.Ee]+)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void publish_kind_artifact_and_downsampled_curves_once_on_the_suite() {
        Events events = mlgate(selectClass(ChurnGates.class)).execute().allEvents();
        Map<String, String> entry = entry(events, suite(ChurnGates.class));
        // a quality suite scores one model, whichever it is: its charts are the model's, never "the candidate's"
        assertThat(entry).doesNotContainKeys("mlgate.chart.roc.candidate", "mlgate.chart.pr.candidate",
                "mlgate.chart.calibration.candidate");
        String roc = entry.get("mlgate.chart.roc.model");
        String pr = entry.get("mlgate.chart.pr.model");
        String calibration = entry.get("mlgate.chart.calibration.model");

        assertThat(events.reportingEntryPublished().filter(event -> event.getTestDescriptor().getUniqueId().toString()
                .equals(suite(ChurnGates.class)))).hasSize(1);
        // The curves reach the report in-process; report entries, which consoles print, stay short.
        assertThat(events.reportingEntryPublished().stream()
                .flatMap(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().keySet().stream()))
                .noneMatch(key -> key.startsWith("mlgate.chart."));
        assertThat(entry).containsEntry("mlgate.suite.kind", "model quality")
                .containsEntry("mlgate.artifact.0.role", "predictions")
                .containsEntry("mlgate.artifact.0.path", "binary.csv")
                .containsEntry("mlgate.artifact.0.rows", "300")
                .doesNotContainKey("mlgate.artifact.0.model");
        double[] fpr = array(roc, "fpr");
        double[] tpr = array(roc, "tpr");
        assertThat(fpr).hasSize(200); // 297 points downsampled
        assertThat(tpr).hasSize(200).startsWith(0.0).endsWith(1.0);
        assertThat(fpr).startsWith(0.0).endsWith(1.0);
        assertThat(number(roc, "auc")).isCloseTo(0.955586578959822, within(1e-12)); // roc_auc_score
        assertThat(array(pr, "recall")).hasSize(200).startsWith(1.0).endsWith(0.0);
        assertThat(array(pr, "precision")).hasSize(200).endsWith(1.0);
        assertThat(number(pr, "ap")).isCloseTo(0.9464891092191189, within(1e-12)); // average_precision_score
        assertThat(Arrays.stream(array(calibration, "count")).sum()).isEqualTo(300);
        assertThat(array(calibration, "meanPredicted")).hasSameSizeAs(array(calibration, "observedRate"));
    }

    @Test
    void publish_the_same_chart_data_on_every_run() {
        String first = entry(mlgate(selectClass(ChurnGates.class)).execute().allEvents(), suite(ChurnGates.class))
                .get("mlgate.chart.roc.model");
        String second = entry(mlgate(selectClass(ChurnGates.class)).execute().allEvents(), suite(ChurnGates.class))
                .get("mlgate.chart.roc.model");

        assertThat(second).isNotNull().isEqualTo(first);
    }

    @Test
    void publish_no_curves_for_a_regression_and_the_direction_of_every_gate() {
        Events events = mlgate(selectClass(DiabetesRegression.class), selectClass(ChurnGates.class)).execute()
                .allEvents();

        assertThat(entry(events, suite(DiabetesRegression.class))).containsEntry("mlgate.suite.kind", "model quality")
                .containsEntry("mlgate.artifact.0.rows", "100")
                .doesNotContainKeys("mlgate.chart.roc.model", "mlgate.chart.pr.model");
        assertThat(entry(events, gate(DiabetesRegression.class, "rmse"))).containsEntry("mlgate.detail.direction", "lower");
        assertThat(entry(events, gate(ChurnGates.class, "rocAuc"))).containsEntry("mlgate.detail.direction", "higher");
    }

    @Test
    void name_the_model_of_predictions_a_suite_declares_to_be_another_models() {
        Events events = mlgate(selectClass(ChallengerGates.class)).execute().allEvents();

        assertThat(entry(events, suite(ChallengerGates.class))).containsEntry("mlgate.artifact.0.role", "predictions")
                .containsEntry("mlgate.artifact.0.model", "churn-challenger");
    }
}
