package dev.mlgate.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.onnx.fixtures.BinaryLogistic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** What report.json, written by mlgate-report's listener, says about a model file a suite scored. */
class ReportTest {

    @TempDir
    Path reports;

    @Test
    void report_json_records_the_model_file_with_its_opset_producer_and_signature() throws Exception {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BinaryLogistic.class))
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.basedir", OnnxTestSupport.MODELS.toString())
                .configurationParameter("mlgate.report.dir", reports.toString())
                .configurationParameter("mlgate.report.history", reports.resolve("history.jsonl").toString())
                .build());
        JsonNode suite = new ObjectMapper().readTree(reports.resolve("report.json").toFile()).get("suites").get(0);
        JsonNode model = suite.get("artifacts").get(1);
        assertThat(model.get("role").asText()).isEqualTo("model");
        assertThat(model.get("path").asText()).isEqualTo("binary_logreg.onnx");
        assertThat(model.get("sha256").asText()).hasSize(64);
        assertThat(model.get("bytes").asLong()).isEqualTo(225);
        JsonNode facts = model.get("facts");
        assertThat(facts.get("producer").asText()).isEqualTo("mlgate make_models.py 1");
        assertThat(facts.get("opset").asText()).isEqualTo("ai.onnx 13");
        assertThat(facts.get("irVersion").asText()).isEqualTo("8");
        assertThat(facts.get("inputs").asText()).isEqualTo("float_input: tensor(float) [N, 3]");
        assertThat(facts.get("outputs").asText()).isEqualTo("probability: tensor(float) [N, 1]");
        assertThat(facts.get("runtime").asText()).isEqualTo("ONNX Runtime 1.22.0 (CPU)");
        assertThat(facts.get("batchSize").asText()).isEqualTo("64");
        // one suite of the package ran: a partial run never promotes, but its verdict passed
        assertThat(new ObjectMapper().readTree(reports.resolve("promotion.json").toFile()).get("verdict").asText())
                .isEqualTo("passed");
    }
}
