package dev.mlgate.onnx;

import static dev.mlgate.onnx.OnnxTestSupport.entries;
import static dev.mlgate.onnx.OnnxTestSupport.failure;
import static dev.mlgate.onnx.OnnxTestSupport.run;
import static dev.mlgate.onnx.OnnxTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.onnx.fixtures.ComparedModel;
import dev.mlgate.onnx.fixtures.ComparedModelMissingInput;
import dev.mlgate.onnx.fixtures.ComparedModelOneFile;
import dev.mlgate.onnx.fixtures.ComparedPredictions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.Events;

/**
 * A comparison whose candidate is a model file: binary_logreg.onnx scores binary.csv and its predictions are
 * paired on id with a production predictions file (in another row order), giving the comparison the same suite
 * gives from comparison_candidate.csv, the predictions numpy computed for the model (make_models.py, joined by
 * make_comparison.py, which also wrote scikit-learn's ROC AUC and Brier score to comparison_expected.csv), and
 * the same with the production predictions carried in the evaluation data.
 */
class ComparisonTest {

    /** The numbers a comparison gate publishes; the model computes in float32, the predictions file in float64. */
    private static final List<String> NUMBERS = List.of("mlgate.observed", "mlgate.p", "mlgate.interval.lower",
            "mlgate.interval.upper", "mlgate.detail.candidate", "mlgate.detail.baseline", "mlgate.detail.difference",
            "mlgate.detail.rows");

    @TempDir
    Path reports;

    private static String gate(Class<?> type, String method) {
        return suite(type) + "/[comparison:" + method + "]";
    }

    @Test
    void scoring_the_model_file_gives_the_comparison_of_its_predictions_file() throws Exception {
        Events events = run(selectClass(ComparedModel.class), selectClass(ComparedPredictions.class));
        for (String method : List.of("rocAuc", "brierScore")) {
            Map<String, String> model = entries(events, gate(ComparedModel.class, method));
            Map<String, String> file = entries(events, gate(ComparedPredictions.class, method));
            assertThat(failure(events, gate(ComparedModel.class, method))).isNull();
            assertThat(model.get("mlgate.verdict")).isEqualTo("passed");
            assertThat(model.get("mlgate.detail.test")).isEqualTo(file.get("mlgate.detail.test"));
            for (String key : NUMBERS) {
                double expected = Double.parseDouble(file.get(key));
                assertThat(Double.parseDouble(model.get(key))).as("%s %s", method, key)
                        .isCloseTo(expected, within(1e-6 * Math.max(1e-3, Math.abs(expected))));
            }
        }
        assertThat(entries(events, gate(ComparedModel.class, "rocAuc")).get("mlgate.detail.rows")).isEqualTo("200");
        assertThat(number(events, "rocAuc", "candidate")).isCloseTo(expected("roc_auc", 1), within(1e-12));
        assertThat(number(events, "rocAuc", "baseline")).isCloseTo(expected("roc_auc", 2), within(1e-12));
        assertThat(number(events, "brierScore", "candidate")).isCloseTo(expected("brier_score", 1), within(1e-7));
        assertThat(number(events, "brierScore", "baseline")).isCloseTo(expected("brier_score", 2), within(1e-12));
    }

    @Test
    void with_the_baselines_predictions_in_the_data_the_comparison_is_the_same_without_a_join() {
        Events events = run(selectClass(ComparedModel.class), selectClass(ComparedModelOneFile.class));
        for (String method : List.of("rocAuc", "brierScore")) {
            Map<String, String> twoFiles = entries(events, gate(ComparedModel.class, method));
            Map<String, String> oneFile = entries(events, gate(ComparedModelOneFile.class, method));
            assertThat(oneFile.get("mlgate.verdict")).isEqualTo("passed");
            for (String key : NUMBERS) {
                assertThat(oneFile.get(key)).as("%s %s", method, key).isEqualTo(twoFiles.get(key));
            }
        }
        assertThat(entries(events, suite(ComparedModelOneFile.class))).containsEntry("mlgate.artifact.0.role",
                "evaluation data").containsEntry("mlgate.artifact.1.role", "model")
                .doesNotContainKey("mlgate.artifact.2.role");
    }

    @Test
    void the_suite_records_the_evaluation_data_and_the_model_file_with_its_digest_opset_producer_and_signature()
            throws Exception {
        Map<String, String> entries = entries(run(selectClass(ComparedModel.class)), suite(ComparedModel.class));
        Path model = OnnxTestSupport.MODELS.resolve("binary_logreg.onnx");
        assertThat(entries).containsEntry("mlgate.artifact.0.role", "evaluation data")
                .containsEntry("mlgate.artifact.0.path", "binary.csv")
                .containsEntry("mlgate.artifact.1.role", "model")
                .containsEntry("mlgate.artifact.1.path", "binary_logreg.onnx")
                .containsEntry("mlgate.artifact.1.sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(model))))
                .containsEntry("mlgate.artifact.1.bytes", Long.toString(Files.size(model)))
                .containsEntry("mlgate.artifact.1.producer", "mlgate make_models.py 1")
                .containsEntry("mlgate.artifact.1.opset", "ai.onnx 13")
                .containsEntry("mlgate.artifact.1.inputs", "float_input: tensor(float) [N, 3]")
                .containsEntry("mlgate.artifact.1.outputs", "probability: tensor(float) [N, 1]")
                .containsEntry("mlgate.artifact.1.batchSize", "64")
                .containsEntry("mlgate.artifact.2.role", "baseline")
                .containsEntry("mlgate.artifact.2.path", "comparison_production.csv")
                .containsEntry("mlgate.comparison.rows", "200");
    }

    @Test
    void report_json_lists_the_model_file_among_the_comparisons_artifacts() throws Exception {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ComparedModel.class))
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.basedir", OnnxTestSupport.MODELS.toString())
                .configurationParameter("mlgate.report.dir", reports.toString())
                .configurationParameter("mlgate.report.history", reports.resolve("history.jsonl").toString())
                .build());
        JsonNode artifacts = new ObjectMapper().readTree(reports.resolve("report.json").toFile()).get("suites").get(0)
                .get("artifacts");
        JsonNode model = artifacts.get(1);
        assertThat(model.get("role").asText()).isEqualTo("model");
        assertThat(model.get("path").asText()).isEqualTo("binary_logreg.onnx");
        assertThat(model.get("sha256").asText()).hasSize(64);
        assertThat(model.get("facts").get("opset").asText()).isEqualTo("ai.onnx 13");
        assertThat(model.get("facts").get("inputs").asText()).isEqualTo("float_input: tensor(float) [N, 3]");
        assertThat(artifacts.get(2).get("role").asText()).isEqualTo("baseline");
    }

    @Test
    void a_signature_mismatch_fails_the_comparison_naming_the_model_and_the_input_and_the_others_still_run() {
        Events events = run(selectClass(ComparedModelMissingInput.class), selectClass(ComparedPredictions.class));
        assertThat(failure(events, suite(ComparedPredictions.class))).isNull();
        assertThat(failure(events, gate(ComparedPredictions.class, "rocAuc"))).isNull();
        assertThat(failure(events, suite(ComparedModelMissingInput.class))).isEqualTo("ComparedModelMissingInput"
                + " (baseline comparison) could not be evaluated: binary_logreg.onnx: the model's signature does not"
                + " match the data (1 mismatch): missing input: input 'float_input' (tensor(float) [N, 3]) expected a"
                + " column 'float_input' or an @ModelInput mapping columns to it, found neither in binary.csv");
    }

    private static double number(Events events, String method, String detail) {
        return Double.parseDouble(entries(events, gate(ComparedModel.class, method)).get("mlgate.detail." + detail));
    }

    /** A value of comparison_expected.csv: column 1 the candidate's, 2 the production model's. */
    private static double expected(String metric, int column) throws Exception {
        return Files.readAllLines(OnnxTestSupport.MODELS.resolve("comparison_expected.csv")).stream()
                .map(line -> line.split(",")).filter(fields -> fields[0].equals(metric))
                .mapToDouble(fields -> Double.parseDouble(fields[column])).findFirst().orElseThrow();
    }
}
