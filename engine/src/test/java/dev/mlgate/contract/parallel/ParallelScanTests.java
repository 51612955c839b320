package dev.mlgate.contract.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.contract.fixtures.ConditionalSignups;
import dev.mlgate.contract.fixtures.DeclaredConditionSignups;
import dev.mlgate.contract.fixtures.DriftContract;
import dev.mlgate.contract.fixtures.PeopleContract;
import dev.mlgate.contract.fixtures.RepeatsContract;
import dev.mlgate.contract.fixtures.SignupRules;
import dev.mlgate.engine.Constants;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A contract scanned on several threads gives exactly what the single-threaded scan gives: every status,
 * message (counts and examples in order) and reported number, the drift statistics included.
 */
class ParallelScanTests {

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts").toAbsolutePath();
    private static final Path DRIFT = Path.of("src/test/resources/drift").toAbsolutePath();

    /**
     * Per suite and check, its outcome and every report entry it published (the engine's own entries name
     * the run and its configuration, which differ by design).
     */
    static Map<String, String> everything(Class<?> contract, Path basedir, int threads, Map<String, String> more) {
        EngineTestKit.Builder builder = EngineTestKit.engine("mlgate").selectors(selectClass(contract))
                .configurationParameter(Constants.BASEDIR, basedir.toString())
                .configurationParameter(Constants.THREADS, Integer.toString(threads));
        more.forEach(builder::configurationParameter);
        EngineExecutionResults results = builder.execute();
        Map<String, String> seen = new TreeMap<>();
        results.allEvents().finished().stream().filter(event -> event.getTestDescriptor().getUniqueId().getSegments()
                .size() == 1).forEach(event -> assertThat(event.getPayload(TestExecutionResult.class).orElseThrow()
                .getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
        results.allEvents().finished().stream().filter(event -> event.getTestDescriptor().getUniqueId().getSegments()
                .size() > 1).forEach(event -> seen.put(event.getTestDescriptor().getUniqueId()
                + " outcome", event.getPayload(TestExecutionResult.class).map(result -> result.getStatus()
                + result.getThrowable().map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        results.allEvents().reportingEntryPublished().stream().filter(event -> event.getTestDescriptor().getUniqueId()
                .getSegments().size() > 1).forEach(event -> seen.merge(
                event.getTestDescriptor().getUniqueId() + " entries",
                new TreeMap<>(event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toString(),
                (a, b) -> a + b));
        return seen;
    }

    @Nested
    class OnManyRows {

        @TempDir
        Path directory;

        private Map<String, String> files(int broken) throws IOException {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("scale.data", ScaleData.write(directory.resolve("data.csv"), 6_000, 7, broken).toString());
            files.put("scale.reference", ScaleData.write(directory.resolve("reference.csv"), 3_000, 8, 0).toString());
            return files;
        }

        @ParameterizedTest(name = "{0} threads")
        @ValueSource(ints = {2, 4, 7})
        void every_outcome_message_example_and_number_equals_the_single_threaded_scan(int threads) throws IOException {
            Map<String, String> files = files(0);

            Map<String, String> single = everything(ScaleContract.class, directory, 1, files);
            Map<String, String> parallel = everything(ScaleContract.class, directory, threads, files);

            assertThat(parallel).isEqualTo(single);
            assertThat(single.values()).anyMatch(value -> value.startsWith("FAILED") && value.contains("examples"))
                    .anyMatch(value -> value.contains("lowBelowScore") || value.contains("row rule"))
                    .anyMatch(value -> value.contains("drift"));
            assertThat(single).hasSizeGreaterThan(30);
        }

        @Test
        void a_malformed_row_fails_the_suite_with_the_same_message() throws IOException {
            Map<String, String> files = files(4_321);

            Map<String, String> single = everything(ScaleContract.class, directory, 1, files);

            assertThat(everything(ScaleContract.class, directory, 3, files)).isEqualTo(single);
            assertThat(single.values()).anyMatch(value -> value.startsWith("FAILED") && value.contains("line 4322"));
        }
    }

    @Nested
    @Timeout(120)
    class WhenAWorkerFails {

        @TempDir
        Path directory;

        private Map<String, String> data(int broken) throws IOException {
            return Map.of("scale.data", ScaleData.write(directory.resolve("data.csv"), 6_000, 7, broken).toString());
        }

        private String suite(Map<String, String> outcomes) {
            return outcomes.entrySet().stream().filter(entry -> entry.getKey().endsWith("] outcome")
                    && !entry.getKey().contains("/[check") && !entry.getKey().contains("/[constraint")
                    && !entry.getKey().contains("/[rule")).map(Map.Entry::getValue).findFirst().orElseThrow();
        }

        @Test
        void a_throwing_condition_fails_the_suite_as_the_single_threaded_scan_does() throws IOException {
            Map<String, String> files = data(0);

            Map<String, String> single = everything(FailingContracts.ThrowingCondition.class, directory, 1, files);

            assertThat(everything(FailingContracts.ThrowingCondition.class, directory, 4, files)).isEqualTo(single);
            assertThat(suite(single)).startsWith("FAILED").contains("the condition explodes threw on row 30")
                    .contains("no row 3001");
        }

        @Test
        void the_first_failure_in_row_order_wins_over_a_later_malformed_row() throws IOException {
            Map<String, String> files = data(4_000);

            Map<String, String> single = everything(FailingContracts.ThrowingCondition.class, directory, 1, files);

            assertThat(everything(FailingContracts.ThrowingCondition.class, directory, 3, files)).isEqualTo(single);
            assertThat(suite(single)).contains("the condition explodes threw on row 30");
        }

        @Test
        void an_earlier_malformed_row_wins_over_a_later_failure() throws IOException {
            Map<String, String> files = data(2_000);

            Map<String, String> single = everything(FailingContracts.ThrowingCondition.class, directory, 1, files);

            assertThat(everything(FailingContracts.ThrowingCondition.class, directory, 3, files)).isEqualTo(single);
            assertThat(suite(single)).contains("line 2001").doesNotContain("explodes");
        }

        @Test
        void running_out_of_memory_in_a_worker_fails_the_suite_and_never_hangs() throws IOException {
            Map<String, String> files = data(0);

            Map<String, String> single = everything(FailingContracts.ExhaustingRule.class, directory, 1, files);

            assertThat(everything(FailingContracts.ExhaustingRule.class, directory, 4, files)).isEqualTo(single);
            assertThat(suite(single)).startsWith("FAILED").containsIgnoringCase("memory");
        }
    }

    @Nested
    class OnTheFixtures {

        @ParameterizedTest(name = "{0}")
        @ValueSource(classes = {PeopleContract.class, RepeatsContract.class, SignupRules.class,
                ConditionalSignups.class, DeclaredConditionSignups.class})
        void each_contract_equals_its_single_threaded_scan(Class<?> contract) {
            assertThat(everything(contract, CONTRACTS, 4, Map.of()))
                    .isEqualTo(everything(contract, CONTRACTS, 1, Map.of())).isNotEmpty();
        }

        @Test
        void drift_equals_its_single_threaded_scan() {
            assertThat(everything(DriftContract.class, DRIFT, 4, Map.of()))
                    .isEqualTo(everything(DriftContract.class, DRIFT, 1, Map.of())).isNotEmpty();
        }
    }
}
