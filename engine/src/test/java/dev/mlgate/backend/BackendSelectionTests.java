package dev.mlgate.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.PeopleContract;
import dev.mlgate.contract.fixtures.SignupRules;
import dev.mlgate.engine.Constants;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code mlgate.backend} selects a backend found through ServiceLoader; checks never know which one ran. */
class BackendSelectionTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();

    private static Map<String, String> outcomes(Class<?> contract, String backend) {
        return outcomes(run(contract, backend));
    }

    private static EngineExecutionResults run(Class<?> contract, String backend) {
        EngineTestKit.Builder builder = EngineTestKit.engine("mlgate").selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, CONTRACTS.toString());
        if (backend != null) {
            builder.configurationParameter(Constants.BACKEND, backend);
        }
        return builder.execute();
    }

    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        results.testEvents().finished().stream().forEach(event -> outcomes.put(
                event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result.getThrowable()
                        .map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    @Nested
    class AModuleBackend {

        @Test
        void computes_the_plan_and_gives_the_local_verdicts_word_for_word() {
            Map<String, String> local = outcomes(SignupRules.class, null);
            RecordingBackend.PLANS.clear();

            Map<String, String> recorded = outcomes(SignupRules.class, "recording");

            assertThat(recorded).isEqualTo(local).isNotEmpty();
            assertThat(RecordingBackend.PLANS).hasSize(1);
            ScanPlan plan = RecordingBackend.PLANS.get(0);
            assertThat(plan.dataset().location()).endsWith("signups.csv");
            assertThat(plan.rules()).isNotEmpty().allMatch(rule -> rule.recordType() == SignupRules.class);
            assertThat(plan.columns()).hasSize(SignupRules.class.getRecordComponents().length)
                    .allSatisfy(column -> assertThat(column.kind()).isNotNull());
        }

        @Test
        void is_asked_for_every_metric_of_the_selected_checks() {
            RecordingBackend.PLANS.clear();

            outcomes(PeopleContract.class, "recording");

            ScanPlan plan = RecordingBackend.PLANS.get(0);
            assertThat(plan.metrics().values()).allSatisfy(metrics -> assertThat(metrics).isNotEmpty());
            assertThat(plan.metrics().values().stream().flatMap(java.util.Set::stream))
                    .contains(new MetricRequest.Moments(), new MetricRequest.SortedValues(), new MetricRequest.NullCount());
            assertThat(plan.rows()).contains(new RowRequest.DuplicateRows());
        }
    }

    @Nested
    class AnUnknownBackend {

        @Test
        void fails_the_suite_naming_the_available_backends_and_the_module_to_add() {
            EngineExecutionResults results = run(PeopleContract.class, "spark");

            assertThat(results.testEvents().succeeded().count()).isZero();
            assertThat(results.containerEvents().failed().stream()).hasSize(1).allSatisfy(event -> assertThat(event
                    .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage())
                    .isEqualTo("PeopleContract (data contract) could not be evaluated: mlgate.backend = 'spark'"
                            + " names no backend on the test class path; the backends available are [local, recording]. Add dev.mlgate:mlgate-spark to the test"
                            + " dependencies, or set mlgate.backend to one of those."));
        }
    }
}
