package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.ChurnVersusProduction;
import dev.mlgate.baseline.fixtures.OnnxCandidateWithoutRuntime;
import dev.mlgate.baseline.invalid.CandidateAndModelFile;
import dev.mlgate.baseline.invalid.DataWithoutModel;
import dev.mlgate.baseline.invalid.ModelCandidateMisdeclared;
import dev.mlgate.baseline.invalid.NoCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Comparisons whose candidate is a model file, as far as the engine alone can take them: the engine ships no
 * model runtime (mlgate-onnx scores the candidate in its own tests), so it must say which module to add, and it
 * must name at discovery a candidate declared twice, not at all, or with a predictions file's attributes.
 */
class ModelCandidateTests {

    private static final String PREFIX = "WARNING dev.mlgate.baseline.invalid.";

    private static List<String> issues(Class<?> type) {
        return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                .map(issue -> issue.severity() + " " + issue.message()).toList();
    }

    @Test
    void a_candidate_file_and_a_candidate_model_file_are_one_too_many() {
        assertThat(issues(CandidateAndModelFile.class)).containsExactly(PREFIX + "CandidateAndModelFile:"
                + " @BaselineComparison names both candidate (a predictions file) and candidateModelFile (a model"
                + " file); the candidate is one or the other");
    }

    @Test
    void neither_a_candidate_file_nor_a_candidate_model_file_is_named() {
        assertThat(issues(NoCandidate.class)).containsExactly(PREFIX + "NoCandidate: @BaselineComparison names no"
                + " candidate: set candidate (its predictions file) or candidateModelFile and data (a model file and"
                + " the rows it scores)");
    }

    @Test
    void a_model_candidate_declares_data_and_the_baselines_columns_not_its_own_and_no_budgets() {
        String where = PREFIX + "ModelCandidateMisdeclared: @BaselineComparison";
        assertThat(issues(ModelCandidateMisdeclared.class)).containsExactlyInAnyOrder(
                where + " scores the model \"models/churn.onnx\": set data (the evaluation rows)",
                where + " scores the model \"models/churn.onnx\", so it declares no score, probabilities or prediction"
                        + " column (output names the model's output; baselineScore, baselinePrediction or"
                        + " baselineProbabilities the baseline's columns)",
                where + "(batchSize = 0) must be at least 1",
                where + ": @ModelInput(name = \"float_input\", columns = []) needs an input name and at least one"
                        + " column",
                where + " scores the candidate with a model file, so name the baseline's predictions with"
                        + " baselineScore (in the baseline file, or in data without one)",
                PREFIX + "ModelCandidateMisdeclared declares @LatencyBudget, @ModelSizeBudget, which a comparison does"
                        + " not run; declare them on a @ModelQuality suite naming the model file");
    }

    @Test
    void data_without_a_model_file_is_named() {
        assertThat(issues(DataWithoutModel.class)).containsExactly(PREFIX + "DataWithoutModel: @BaselineComparison"
                + " sets data or inputs, which only a candidateModelFile reads; a candidate predictions file holds its"
                + " predictions");
    }

    @Test
    void an_onnx_candidate_without_mlgate_onnx_fails_its_suite_saying_what_to_add_and_the_others_still_run() {
        Events containers = mlgate(selectClass(OnnxCandidateWithoutRuntime.class),
                selectClass(ChurnVersusProduction.class)).execute().containerEvents();
        containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(ChurnVersusProduction.class))),
                finishedSuccessfully()));
        containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(OnnxCandidateWithoutRuntime.class))),
                finishedWithFailure(message("OnnxCandidateWithoutRuntime (baseline comparison) could not be evaluated:"
                        + " churn.onnx: no model runtime on the class path reads this file; add"
                        + " dev.mlgate:mlgate-onnx to the test class path (a test-scoped dependency)"))));
    }
}
