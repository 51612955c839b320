package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.message;
import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static dev.mlgate.quality.QualityTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;

import dev.mlgate.quality.fixtures.ChurnGatesGzip;
import dev.mlgate.quality.fixtures.OnnxWithoutRuntime;
import dev.mlgate.quality.invalid.BudgetsWithoutModel;
import dev.mlgate.quality.invalid.ModelWithScoreColumn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Quality suites that name a model file, as far as the engine alone can take them: the engine ships no
 * model runtime (mlgate-onnx tests the scoring), so it must say which module to add, and it must reject
 * model declarations that cannot work.
 */
class ModelFileSuitesTests {

    private static List<String> issues(Class<?> type) {
        return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                .map(issue -> issue.severity() + " " + issue.message()).toList();
    }

    @Test
    void an_onnx_file_without_mlgate_onnx_on_the_class_path_fails_its_suite_saying_what_to_add() {
        Events containers = mlgate(selectClass(OnnxWithoutRuntime.class), selectClass(ChurnGatesGzip.class)).execute()
                .containerEvents();
        containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(ChurnGatesGzip.class))),
                finishedSuccessfully()));
        assertThat(message(containers, suite(OnnxWithoutRuntime.class))).isEqualTo("OnnxWithoutRuntime (model quality)"
                + " could not be evaluated: churn.onnx: no model runtime on the class path reads this file; add"
                + " dev.mlgate:mlgate-onnx to the test class path (a test-scoped dependency)");
    }

    @Test
    void a_budget_on_a_suite_without_a_model_is_a_declaration_problem() {
        assertThat(issues(BudgetsWithoutModel.class)).containsExactly("WARNING"
                + " dev.mlgate.quality.invalid.BudgetsWithoutModel declares agreement or budget gates, which judge a"
                + " model file, but @ModelQuality names no modelFile");
    }

    @Test
    void a_model_suite_with_a_score_column_no_classes_and_no_batch_is_rejected() {
        assertThat(issues(ModelWithScoreColumn.class)).containsExactlyInAnyOrder(
                "WARNING dev.mlgate.quality.invalid.ModelWithScoreColumn: @ModelQuality scores the model \"model.onnx\","
                        + " so it declares no score, probabilities or prediction column (output names the model's"
                        + " output)",
                "WARNING dev.mlgate.quality.invalid.ModelWithScoreColumn: @ModelQuality(batchSize = 0) must be at least"
                        + " 1",
                "WARNING dev.mlgate.quality.invalid.ModelWithScoreColumn: @ModelQuality: a multiclass model needs"
                        + " classes, the label of each class probability (at least two)");
    }
}
