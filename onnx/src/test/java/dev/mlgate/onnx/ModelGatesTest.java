package dev.mlgate.onnx;

import static dev.mlgate.onnx.OnnxTestSupport.entries;
import static dev.mlgate.onnx.OnnxTestSupport.failure;
import static dev.mlgate.onnx.OnnxTestSupport.gate;
import static dev.mlgate.onnx.OnnxTestSupport.run;
import static dev.mlgate.onnx.OnnxTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.onnx.fixtures.BadExport;
import dev.mlgate.onnx.fixtures.BinaryLogistic;
import dev.mlgate.onnx.fixtures.LinearRegression;
import dev.mlgate.onnx.fixtures.Softmax;
import dev.mlgate.onnx.fixtures.TinyBudgets;
import dev.mlgate.onnx.fixtures.ZipMapBinary;
import dev.mlgate.onnx.fixtures.ZipMapMulticlass;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** Quality suites that score ONNX files, end to end through the engine: the gates see the model's predictions. */
class ModelGatesTest {

    @Nested
    class Agreement {

        @Test
        void every_committed_model_agrees_with_the_numpy_predictions_and_passes_its_quality_gate() {
            Events events = run(selectClass(BinaryLogistic.class), selectClass(Softmax.class),
                    selectClass(LinearRegression.class), selectClass(ZipMapBinary.class),
                    selectClass(ZipMapMulticlass.class));
            for (Class<?> type : new Class<?>[] {BinaryLogistic.class, Softmax.class, LinearRegression.class,
                    ZipMapBinary.class, ZipMapMulticlass.class}) {
                assertThat(failure(events, suite(type))).as(type.getSimpleName()).isNull();
                assertThat(failure(events, gate(type, "agreement"))).as(type.getSimpleName()).isNull();
                assertThat(entries(events, gate(type, "agreement")).get("mlgate.detail.agreement.rowsOverTolerance"))
                        .isEqualTo("0");
            }
            assertThat(entries(events, gate(BinaryLogistic.class, "agreement")).get("mlgate.message"))
                    .startsWith("largest |difference| between binary_logreg.onnx and binary_expected.csv = ")
                    .endsWith(" over 200 rows; 0 rows exceed the tolerance 1.00000e-06");
        }

        @Test
        void a_bad_export_fails_naming_the_largest_difference_and_the_rows() {
            Events events = run(selectClass(BadExport.class), selectClass(BinaryLogistic.class));
            String message = failure(events, gate(BadExport.class, "agreement"));
            assertThat(message).startsWith("largest |difference| between binary_bad_export.onnx and"
                    + " binary_expected.csv = ").contains("the export disagrees with the training-time predictions,"
                    + " e.g. [row ");
            Map<String, String> entries = entries(events, gate(BadExport.class, "agreement"));
            assertThat(Double.parseDouble(entries.get("mlgate.observed"))).isGreaterThan(0.01);
            assertThat(Integer.parseInt(entries.get("mlgate.detail.agreement.rowsOverTolerance"))).isGreaterThan(100);
            assertThat(entries.get("mlgate.examples")).contains("\"row\":").contains("model ").contains(" vs file ");
            assertThat(failure(events, gate(BinaryLogistic.class, "agreement"))).isNull();
        }
    }

    @Nested
    class Report {

        @Test
        void records_the_model_file_sha256_size_opset_producer_and_signature() throws Exception {
            Events events = run(selectClass(BinaryLogistic.class));
            Map<String, String> suite = entries(events, suite(BinaryLogistic.class));
            byte[] bytes = Files.readAllBytes(OnnxTestSupport.MODELS.resolve("binary_logreg.onnx"));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(suite).containsEntry("mlgate.artifact.0.role", "evaluation data")
                    .containsEntry("mlgate.artifact.1.role", "model")
                    .containsEntry("mlgate.artifact.1.path", "binary_logreg.onnx")
                    .containsEntry("mlgate.artifact.1.sha256", sha256)
                    .containsEntry("mlgate.artifact.1.bytes", Long.toString(bytes.length))
                    .containsEntry("mlgate.artifact.1.rows", "200")
                    .containsEntry("mlgate.artifact.1.producer", "mlgate make_models.py 1")
                    .containsEntry("mlgate.artifact.1.opset", "ai.onnx 13")
                    .containsEntry("mlgate.artifact.1.inputs", "float_input: tensor(float) [N, 3]")
                    .containsEntry("mlgate.artifact.1.outputs", "probability: tensor(float) [N, 1]")
                    .containsEntry("mlgate.artifact.1.threads", "1")
                    .containsEntry("mlgate.artifact.2.role", "agreement predictions");
            assertThat(entries(events, gate(BinaryLogistic.class, "model-size")))
                    .containsEntry("mlgate.detail.model.sha256", sha256);
        }
    }

    @Nested
    class Budgets {

        @Test
        void within_budget_size_memory_and_latency_pass_with_the_machine_and_method_recorded() {
            Events events = run(selectClass(BinaryLogistic.class));
            for (String segment : new String[] {"model-size", "memory"}) {
                assertThat(failure(events, gate(BinaryLogistic.class, segment))).as(segment).isNull();
            }
            // no timed assertion: a latency gate only has to have measured (a loaded machine may breach 1 s)
            for (String segment : new String[] {"latency-per-row", "latency-per-batch"}) {
                assertThat(entries(events, gate(BinaryLogistic.class, segment)).get("mlgate.verdict")).as(segment)
                        .isIn("passed", "warning");
            }
            Map<String, String> row = entries(events, gate(BinaryLogistic.class, "latency-per-row"));
            assertThat(row.get("mlgate.detail.machine")).contains(" cores, ").contains("Linux");
            assertThat(row.get("mlgate.detail.latency.method")).startsWith("wall-clock System.nanoTime()");
            assertThat(row).containsEntry("mlgate.detail.latency.samples", "50")
                    .containsEntry("mlgate.detail.latency.warmup", "5");
            assertThat(Double.parseDouble(row.get("mlgate.detail.latency.p50")))
                    .isLessThanOrEqualTo(Double.parseDouble(row.get("mlgate.detail.latency.p99")));
            assertThat(entries(events, gate(BinaryLogistic.class, "latency-per-batch")).get("mlgate.message"))
                    .startsWith("p99 latency per batch of 64 rows of binary_logreg.onnx is ")
                    .contains(" over 30 calls after 5 warm-up calls, on ");
            Map<String, String> memory = entries(events, gate(BinaryLogistic.class, "memory"));
            assertThat(Double.parseDouble(memory.get("mlgate.observed"))).isGreaterThanOrEqualTo(0);
            assertThat(memory.get("mlgate.detail.memory.method")).contains("VmHWM");
        }

        @Test
        void a_breached_size_budget_fails_while_breached_latency_budgets_only_warn() {
            Events events = run(selectClass(TinyBudgets.class));
            assertThat(failure(events, gate(TinyBudgets.class, "model-size")))
                    .isEqualTo("binary_logreg.onnx holds 225 bytes; required <= 100 bytes");
            for (String segment : new String[] {"latency-per-row", "latency-per-batch"}) {
                Map<String, String> entries = entries(events, gate(TinyBudgets.class, segment));
                assertThat(entries).as(segment).containsEntry("mlgate.blocking", "false");
                assertThat(entries.get("mlgate.verdict")).as(segment).isEqualTo("warning");
            }
        }
    }
}
