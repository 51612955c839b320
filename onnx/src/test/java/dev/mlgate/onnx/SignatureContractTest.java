package dev.mlgate.onnx;

import static dev.mlgate.onnx.OnnxTestSupport.failure;
import static dev.mlgate.onnx.OnnxTestSupport.gate;
import static dev.mlgate.onnx.OnnxTestSupport.run;
import static dev.mlgate.onnx.OnnxTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.onnx.fixtures.BinaryLogistic;
import dev.mlgate.onnx.fixtures.DecimalCount;
import dev.mlgate.onnx.fixtures.MissingInput;
import dev.mlgate.onnx.fixtures.RankThree;
import dev.mlgate.onnx.fixtures.StringInput;
import dev.mlgate.onnx.fixtures.UnknownInput;
import dev.mlgate.onnx.fixtures.WrongWidth;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Acceptance 2: each mismatch between a model's inputs and the data or declaration is found before any row
 * is scored, fails its own suite with an error naming the model file, the input, what was expected and what
 * was found, and leaves the other suites of the run to pass.
 */
class SignatureContractTest {

    /** The failure of {@code broken}'s suite, after checking that a healthy suite in the same run still passed. */
    private static String suiteFailure(Class<?> broken) {
        Events events = run(selectClass(broken), selectClass(BinaryLogistic.class));
        assertThat(failure(events, suite(BinaryLogistic.class))).isNull();
        assertThat(failure(events, gate(BinaryLogistic.class, "rocAuc"))).isNull();
        assertThat(failure(events, gate(BinaryLogistic.class, "agreement"))).isNull();
        String message = failure(events, suite(broken));
        assertThat(message).startsWith(broken.getSimpleName() + " (model quality) could not be evaluated: ");
        return message.substring(message.indexOf("evaluated: ") + "evaluated: ".length());
    }

    @Test
    void a_missing_input_names_the_input_and_what_would_feed_it() {
        assertThat(suiteFailure(MissingInput.class)).isEqualTo("binary_logreg.onnx: the model's signature does not"
                + " match the data (1 mismatch): missing input: input 'float_input' (tensor(float) [N, 3]) expected"
                + " a column 'float_input' or an @ModelInput mapping columns to it, found neither in binary.csv");
    }

    @Test
    void a_mapping_to_an_input_the_model_lacks_is_named_with_the_input_left_missing() {
        assertThat(suiteFailure(UnknownInput.class)).isEqualTo("binary_logreg.onnx: the model's signature does not"
                + " match the data (2 mismatches): @ModelInput(name = \"features\") names no input of the model; its"
                + " inputs are [float_input]; missing input: input 'float_input' (tensor(float) [N, 3]) expected a"
                + " column 'float_input' or an @ModelInput mapping columns to it, found neither in binary.csv");
    }

    @Test
    void a_wrong_element_type_of_the_model_names_the_type_found() {
        assertThat(suiteFailure(StringInput.class)).isEqualTo("string_input.onnx: the model's signature does not"
                + " match the data (2 mismatches): wrong element type: input 'a' (tensor(string) [N, 1]) expected a"
                + " tensor of float, double, int64 or int32 filled from numeric columns, found tensor(string);"
                + " output: expected a float tensor or a probability map, found the outputs [same tensor(string)]");
    }

    @Test
    void a_value_the_input_type_cannot_hold_names_the_row_the_input_and_the_value() {
        assertThat(suiteFailure(DecimalCount.class)).endsWith("/regression_decimal_count.csv, line 6 (row 5), column"
                + " 'count': wrong element type: linear_regression.onnx input 'count' expected int64, found '2.5'");
    }

    @Test
    void a_wrong_rank_names_the_rank_expected_and_found() {
        assertThat(suiteFailure(RankThree.class)).isEqualTo("rank3_input.onnx: the model's signature does not match"
                + " the data (1 mismatch): wrong rank: input 'grid' (tensor(float) [N, 2, 2]) expected rank 1 [N] or"
                + " rank 2 [N, features], found rank 3 [N, 2, 2]");
    }

    @Test
    void a_wrong_width_names_the_columns_expected_and_mapped() {
        assertThat(suiteFailure(WrongWidth.class)).isEqualTo("binary_logreg.onnx: the model's signature does not"
                + " match the data (1 mismatch): wrong width: input 'float_input' (tensor(float) [N, 3]) expected 3"
                + " columns, found 2 [a, b]");
    }
}
