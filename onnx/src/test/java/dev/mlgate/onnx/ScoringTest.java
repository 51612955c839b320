package dev.mlgate.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.data.Artifacts;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.ModelScoring;
import dev.mlgate.onnx.fixtures.BinaryLogistic;
import dev.mlgate.onnx.fixtures.FixedBatch;
import dev.mlgate.onnx.fixtures.LinearRegression;
import dev.mlgate.onnx.fixtures.Softmax;
import dev.mlgate.onnx.fixtures.ZipMapBinary;
import dev.mlgate.onnx.fixtures.ZipMapMulticlass;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.spi.OutputRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1: ONNX Runtime, fed by the engine's column mapping and batching, gives the predictions that
 * make_models.py computed with numpy (float64 from the same float32 inputs), on every kind of output.
 * The tolerance is float32's: the models compute in single precision.
 */
class ScoringTest {

    private static ModelRun score(Class<?> suite) {
        ModelQuality quality = suite.getAnnotation(ModelQuality.class);
        OutputRequest request = new OutputRequest(quality.task(), quality.output(), quality.positive(),
                List.of(quality.classes()));
        return ModelScoring.score(OnnxTestSupport.MODELS.resolve(quality.modelFile()),
                Artifacts.open(OnnxTestSupport.MODELS.resolve(quality.data())), quality.inputs(), request,
                quality.batchSize(), 1, Optional.empty());
    }

    private static void assertOutputs(ModelRun run, String expectedFile, String... columns) throws IOException {
        double[][] expected = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            expected[c] = OnnxTestSupport.column(expectedFile, columns[c]);
        }
        assertThat(run.rows()).isEqualTo(expected[0].length);
        assertThat(run.width()).isEqualTo(columns.length);
        for (int row = 0; row < run.rows(); row++) {
            for (int c = 0; c < columns.length; c++) {
                double want = expected[c][row];
                assertThat(run.outputs()[row * columns.length + c]).as("row %d, %s", row + 1, columns[c])
                        .isCloseTo(want, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, Math.abs(want))));
            }
        }
    }

    @Nested
    class TensorOutputs {

        @Test
        void binary_probability_with_a_dynamic_batch_dimension_in_calls_of_64_rows() throws IOException {
            ModelRun run = score(BinaryLogistic.class);
            assertThat(run.batchSize()).isEqualTo(64);
            assertOutputs(run, "binary_expected.csv", "p");
        }

        @Test
        void binary_probability_with_a_fixed_batch_of_8_the_last_call_padded() throws IOException {
            ModelRun run = score(FixedBatch.class);
            assertThat(run.batchSize()).isEqualTo(8);
            assertOutputs(run, "binary_expected.csv", "p");
        }

        @Test
        void multiclass_probabilities_in_the_declared_class_order() throws IOException {
            assertOutputs(score(Softmax.class), "multiclass_expected.csv", "p_red", "p_green", "p_blue");
        }

        @Test
        void regression_from_three_inputs_mapped_by_name_rank_1_and_int64() throws IOException {
            assertOutputs(score(LinearRegression.class), "regression_expected.csv", "prediction");
        }
    }

    @Nested
    class LabelAndProbabilityMapOutputs {

        @Test
        void binary_reads_the_positive_key_of_an_int64_map() throws IOException {
            assertOutputs(score(ZipMapBinary.class), "zipmap_binary_expected.csv", "p");
        }

        @Test
        void multiclass_reads_string_keys_in_the_declared_order() throws IOException {
            assertOutputs(score(ZipMapMulticlass.class), "zipmap_multiclass_expected.csv",
                    "p_virginica", "p_setosa", "p_versicolor");
        }
    }

    @Nested
    class Signature {

        @Test
        void producer_opsets_and_inputs_and_outputs_are_read_from_the_file() {
            ModelRun run = score(ZipMapBinary.class);
            assertThat(run.signature().producer()).isEqualTo("mlgate make_models.py 1");
            assertThat(run.signature().irVersion()).isEqualTo(8);
            assertThat(run.signature().opsets()).isEqualTo(Map.of("", 13L, "ai.onnx.ml", 1L));
            assertThat(run.signature().opsetText()).isEqualTo("ai.onnx 13, ai.onnx.ml 1");
            assertThat(run.signature().inputs()).extracting(spec -> spec.describe())
                    .containsExactly("float_input: tensor(float) [N, 3]");
            assertThat(run.signature().outputs()).extracting(spec -> spec.describe())
                    .containsExactly("output_label: tensor(int64) [N]",
                            "output_probability: seq(map(int64,tensor(float)))");
            assertThat(run.runtime()).isEqualTo("ONNX Runtime 1.22.0 (CPU)");
        }
    }
}
