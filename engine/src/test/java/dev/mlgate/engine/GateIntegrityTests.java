package dev.mlgate.engine;

import static dev.mlgate.engine.EngineTestSupport.ENGINE;
import static dev.mlgate.engine.EngineTestSupport.mlgate;
import static dev.mlgate.engine.EngineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.engine.findable.CustomersChecks;
import dev.mlgate.engine.findable.TaggedTheJupiterWay;
import dev.mlgate.engine.fixtures.BadCustomersContract;
import dev.mlgate.engine.fixtures.ChurnQuality;
import dev.mlgate.engine.fixtures.CustomersContract;
import dev.mlgate.engine.internal.MlgateDeclarationException;
import dev.mlgate.engine.invalid.GateWithoutThreshold;
import dev.mlgate.engine.invalid.TwoKinds;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.Events;

/** What keeps the gate honest: mistakes fail their own part, names Surefire can count, suites not missed. */
class GateIntegrityTests {

    @Nested
    class IsolatesDeclarationMistakes {

        @Test
        void a_suite_with_a_mistake_fails_as_its_own_test_and_the_other_suites_still_run() {
            Events tests = mlgate(selectClass(GateWithoutThreshold.class), selectClass(CustomersContract.class))
                    .execute().testEvents();

            String broken = suite(GateWithoutThreshold.class) + "/[declaration:rocAuc]";
            tests.assertThatEvents().haveExactly(1, event(test(), uniqueId(broken),
                    finishedWithFailure(instanceOf(MlgateDeclarationException.class), message(
                            "dev.mlgate.engine.invalid.GateWithoutThreshold.rocAuc() computes a metric but declares no"
                                    + " threshold; add @AtLeast or @AtMost, or make it private if it is a helper"))));
            assertThat(tests.started().count()).isEqualTo(1 + 10);
            assertThat(tests.succeeded().count()).isEqualTo(10);
        }

        @Test
        void the_mistake_is_a_warning_for_ides_never_an_error_that_aborts_the_module() {
            EngineDiscoveryResults results = mlgate(selectClass(GateWithoutThreshold.class)).discover();

            assertThat(results.getDiscoveryIssues()).singleElement()
                    .satisfies(issue -> assertThat(issue.severity().name()).isEqualTo("WARNING"));
        }

        @Test
        void a_class_with_two_kinds_fails_at_the_class() {
            Events tests = mlgate(selectClass(TwoKinds.class)).execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test(),
                    uniqueId(suite(TwoKinds.class) + "/[declaration:class]"),
                    finishedWithFailure(message(text -> text.startsWith(
                            "dev.mlgate.engine.invalid.TwoKinds is annotated @DataContract and @ModelQuality")))));
        }

        @Test
        void selecting_one_method_of_a_broken_suite_still_shows_the_mistake() {
            Events tests = mlgate(selectMethod(GateWithoutThreshold.class, "rocAuc",
                    dev.mlgate.metrics.BinaryScores.class)).execute().testEvents();

            assertThat(tests.failed().count()).isEqualTo(1);
        }

        @Test
        void selecting_the_broken_suite_by_unique_id_still_shows_the_mistake() {
            Events tests = mlgate(selectUniqueId(suite(GateWithoutThreshold.class) + "/[gate:rocAuc]"))
                    .execute().testEvents();

            assertThat(tests.failed().count()).isEqualTo(1);
        }

        @Test
        void a_failure_points_at_the_member_not_at_the_engine() {
            Events tests = mlgate(selectClass(GateWithoutThreshold.class)).execute().testEvents();

            Throwable thrown = tests.failed().stream().findFirst().orElseThrow()
                    .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
            assertThat(thrown.getStackTrace()).singleElement().satisfies(frame -> {
                assertThat(frame.getClassName()).isEqualTo(GateWithoutThreshold.class.getName());
                assertThat(frame.getMethodName()).isEqualTo("rocAuc");
                assertThat(frame.getFileName()).isEqualTo("GateWithoutThreshold.java");
            });
        }
    }

    @Nested
    class ReportsConfiguration {

        @Test
        void an_invalid_value_fails_a_configuration_test_and_the_suites_still_run() {
            Events tests = mlgate(Map.of(Constants.SEED, "forty-two"), selectClass(CustomersContract.class))
                    .execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test(), uniqueId(ENGINE + "/[configuration:mlgate]"),
                    finishedWithFailure(message(text -> text.startsWith(
                            "Invalid configuration value for 'mlgate.seed': 'forty-two' is not a whole number")
                            && text.endsWith("Surefire's configurationParameters.")))));
            assertThat(tests.succeeded().count()).isEqualTo(10);
        }
    }

    @Nested
    class NamesChecksForLegacyReports {

        @Test
        void every_check_by_what_it_checks_and_each_unique_in_its_suite() {
            EngineDiscoveryResults results = mlgate(selectClass(BadCustomersContract.class),
                    selectClass(CustomersContract.class)).discover();

            for (TestDescriptor suite : results.getEngineDescriptor().getChildren()) {
                List<String> names = suite.getChildren().stream().map(TestDescriptor::getLegacyReportingName).toList();
                assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
                suite.getChildren().forEach(check ->
                        assertThat(check.getLegacyReportingName()).startsWith(check.getDisplayName()));
            }
        }

        @Test
        void a_slice_by_its_check_and_its_own_name() {
            Events tests = mlgate(selectClass(ChurnQuality.class)).execute().testEvents();

            assertThat(tests.started().stream().map(event -> event.getTestDescriptor().getLegacyReportingName())
                    .filter(name -> name.contains("\u203a")))
                    .containsExactlyInAnyOrder(
                            "rocAucPerSegment >= 0.8 in every slice \u203a segment=enterprise",
                            "rocAucPerSegment >= 0.8 in every slice \u203a segment=retail");
        }
    }

    @Nested
    class FindsSuites {

        @Test
        void nested_in_a_selected_test_class_that_is_no_suite() {
            Events tests = mlgate(selectClass(CustomersChecks.class)).execute().testEvents();

            assertThat(tests.started().stream().map(event -> event.getTestDescriptor().getUniqueId().toString())
                    .collect(Collectors.toSet()))
                    .allMatch(id -> id.startsWith(suite(CustomersChecks.Customers.class)))
                    .isNotEmpty();
            tests.assertStatistics(stats -> stats.failed(0));
        }

        @Test
        void tagged_with_jupiters_tag_annotation() {
            Events tests = mlgate(selectClass(TaggedTheJupiterWay.class), selectClass(CustomersContract.class))
                    .filters(TagFilter.includeTags("nightly")).execute().testEvents();

            assertThat(tests.started().stream().map(event -> event.getTestDescriptor().getUniqueId().toString()))
                    .isNotEmpty()
                    .allMatch(id -> id.startsWith(suite(TaggedTheJupiterWay.class)));
            tests.assertThatEvents().areAtLeastOne(event(test(), finishedSuccessfully()));
        }
    }
}
