package dev.mlgate.engine;

import static dev.mlgate.engine.EngineTestSupport.ENGINE;
import static dev.mlgate.engine.EngineTestSupport.mlgate;
import static dev.mlgate.engine.EngineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.PackageNameFilter.excludePackageNames;
import static org.junit.platform.engine.discovery.PackageNameFilter.includePackageNames;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.engine.fixtures.BadCustomersContract;
import dev.mlgate.engine.fixtures.ChurnQuality;
import dev.mlgate.engine.fixtures.CustomersContract;
import dev.mlgate.engine.fixtures.MissingFileContract;
import dev.mlgate.engine.fixtures.PlaceholderContract;
import dev.mlgate.engine.fixtures.RaggedContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class MlgateTestEngineTests {

    private static final String FIXTURES_PACKAGE = "dev.mlgate.engine.fixtures";

    private static Set<String> uniqueIds(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getDescendants().stream()
                .map(descriptor -> descriptor.getUniqueId().toString())
                .collect(Collectors.toSet());
    }

    private static TestDescriptor descriptor(EngineDiscoveryResults results, String uniqueId) {
        return results.getEngineDescriptor().findByUniqueId(UniqueId.parse(uniqueId)).orElseThrow();
    }

    @Nested
    class Discovers {

        @Test
        void a_data_contract_as_a_suite_with_one_test_per_constraint() {
            EngineDiscoveryResults results = mlgate(selectClass(CustomersContract.class)).discover();
            String suite = suite(CustomersContract.class);

            assertThat(uniqueIds(results)).containsExactlyInAnyOrder(
                    suite,
                    suite + "/[constraint:schema]",
                    suite + "/[constraint:rowCount]",
                    suite + "/[constraint:id.type]",
                    suite + "/[constraint:id.notNull]",
                    suite + "/[constraint:id.unique]",
                    suite + "/[constraint:age.type]",
                    suite + "/[constraint:age.notNull]",
                    suite + "/[constraint:age.between]",
                    suite + "/[constraint:country.notNull]",
                    suite + "/[check:everyCountryIsTwoLetters]");
            assertThat(results.getDiscoveryIssues()).isEmpty();
        }

        @Test
        void sources_an_ide_can_open_where_surefire_still_names_the_test_by_what_it_checks() throws Exception {
            EngineDiscoveryResults results = mlgate(selectClass(CustomersContract.class)).discover();
            String suite = suite(CustomersContract.class);

            assertThat(descriptor(results, suite).getSource()).contains(ClassSource.from(CustomersContract.class));
            assertThat(descriptor(results, suite + "/[check:everyCountryIsTwoLetters]").getSource()).contains(
                    MethodSource.from(CustomersContract.class.getDeclaredMethod("everyCountryIsTwoLetters",
                            tech.tablesaw.api.Table.class)));
            // Surefire names a test with a parameterless method's source after the method, and one with a
            // class source not at all: constraints show none, and their failures point at the accessor.
            assertThat(descriptor(results, suite + "/[constraint:age.between]").getSource()).isEmpty();
            assertThat(descriptor(results, suite + "/[constraint:rowCount]").getSource()).isEmpty();
            Throwable failure = mlgate(Map.of(), selectClass(BadCustomersContract.class)).execute().testEvents()
                    .failed().stream()
                    .filter(event -> event.getTestDescriptor().getUniqueId().toString().endsWith("[constraint:age.between]"))
                    .findFirst().orElseThrow().getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .getThrowable().orElseThrow();
            assertThat(failure.getStackTrace()).singleElement().satisfies(frame -> {
                assertThat(frame.getClassName()).isEqualTo(BadCustomersContract.class.getName());
                assertThat(frame.getMethodName()).isEqualTo("age");
            });
        }

        @Test
        void readable_display_names() {
            EngineDiscoveryResults results = mlgate(selectClass(CustomersContract.class), selectClass(ChurnQuality.class))
                    .discover();

            assertThat(descriptor(results, suite(CustomersContract.class)).getDisplayName()).isEqualTo("CustomersContract");
            assertThat(descriptor(results, suite(CustomersContract.class) + "/[constraint:age.between]").getDisplayName())
                    .isEqualTo("age: between 0 and 120");
            assertThat(descriptor(results, suite(ChurnQuality.class) + "/[gate:rocAuc]").getDisplayName())
                    .isEqualTo("rocAuc >= 0.8");
            assertThat(descriptor(results, suite(ChurnQuality.class) + "/[gate:rocAucPerSegment]").getDisplayName())
                    .isEqualTo("rocAucPerSegment >= 0.8 in every slice");
        }

        @Test
        void a_model_quality_suite_with_one_test_per_gate_method() throws Exception {
            EngineDiscoveryResults results = mlgate(selectClass(ChurnQuality.class)).discover();
            String suite = suite(ChurnQuality.class);

            assertThat(uniqueIds(results)).containsExactlyInAnyOrder(suite, suite + "/[gate:rocAuc]",
                    suite + "/[gate:rocAucAspirational]", suite + "/[gate:rocAucPerSegment]",
                    suite + "/[gate:rocAucStrict]");
            assertThat(descriptor(results, suite + "/[gate:rocAuc]").getSource()).contains(MethodSource.from(
                    ChurnQuality.class.getDeclaredMethod("rocAuc", dev.mlgate.metrics.BinaryScores.class)));
            assertThat(descriptor(results, suite + "/[gate:rocAucPerSegment]").getType())
                    .isEqualTo(TestDescriptor.Type.CONTAINER);
            assertThat(descriptor(results, suite + "/[gate:rocAuc]").getType()).isEqualTo(TestDescriptor.Type.TEST);
        }

        @Test
        void only_the_selected_gate_for_a_method_selector() {
            EngineDiscoveryResults results = mlgate(selectMethod(ChurnQuality.class, "rocAucStrict",
                    "dev.mlgate.metrics.BinaryScores")).discover();

            assertThat(results.getDiscoveryIssues()).isEmpty();
            assertThat(uniqueIds(results)).containsExactlyInAnyOrder(suite(ChurnQuality.class),
                    suite(ChurnQuality.class) + "/[gate:rocAucStrict]");
        }

        @Test
        void every_constraint_of_a_record_component_for_its_accessor() {
            EngineDiscoveryResults results = mlgate(selectMethod(CustomersContract.class, "age")).discover();
            String suite = suite(CustomersContract.class);

            assertThat(uniqueIds(results)).containsExactlyInAnyOrder(suite, suite + "/[constraint:age.type]",
                    suite + "/[constraint:age.notNull]", suite + "/[constraint:age.between]");
        }

        @Test
        void a_suite_check_or_run_time_child_by_unique_id() {
            String suite = suite(ChurnQuality.class);

            assertThat(uniqueIds(mlgate(selectUniqueId(suite)).discover())).hasSize(5);
            assertThat(uniqueIds(mlgate(selectUniqueId(suite(CustomersContract.class) + "/[constraint:rowCount]"))
                    .discover())).containsExactlyInAnyOrder(suite(CustomersContract.class),
                    suite(CustomersContract.class) + "/[constraint:rowCount]");
            assertThat(uniqueIds(mlgate(selectUniqueId(suite + "/[gate:rocAucPerSegment]/[slice:segment=retail]"))
                    .discover())).containsExactlyInAnyOrder(suite, suite + "/[gate:rocAucPerSegment]");
        }

        @Test
        void suites_in_a_package_or_classpath_root_honouring_name_filters() {
            Path testClasses = Path.of("target/test-classes").toAbsolutePath();

            assertThat(mlgate(selectPackage(FIXTURES_PACKAGE)).discover().getEngineDescriptor().getChildren())
                    .hasSize(6);
            assertThat(mlgate(selectClasspathRoots(Set.of(testClasses)).get(0))
                    .filters(includePackageNames(FIXTURES_PACKAGE), includeClassNamePatterns(".*Customers.*"))
                    .discover().getEngineDescriptor().getChildren())
                    .extracting(TestDescriptor::getDisplayName)
                    .containsExactlyInAnyOrder("CustomersContract", "BadCustomersContract");
            assertThat(mlgate(selectPackage(FIXTURES_PACKAGE))
                    .filters(excludePackageNames(FIXTURES_PACKAGE))
                    .discover().getEngineDescriptor().getChildren()).isEmpty();
        }

        @Test
        void tags_of_the_suite_and_of_the_member() {
            EngineDiscoveryResults results = mlgate(selectClass(CustomersContract.class)).discover();
            String suite = suite(CustomersContract.class);

            assertThat(descriptor(results, suite + "/[constraint:id.unique]").getTags())
                    .containsExactlyInAnyOrder(TestTag.create("contracts"), TestTag.create("keys"));
            assertThat(descriptor(results, suite + "/[constraint:age.between]").getTags())
                    .containsExactly(TestTag.create("contracts"));
        }

        @Test
        void nothing_for_classes_that_are_not_suites() {
            assertThat(mlgate(selectClass(MlgateTestEngineTests.class)).discover().getEngineDescriptor().getChildren())
                    .isEmpty();
        }
    }

    @Nested
    class Executes {

        @Test
        void a_satisfied_contract_as_passing_tests() {
            mlgate(selectClass(CustomersContract.class)).execute().testEvents()
                    .assertStatistics(stats -> stats.started(10).succeeded(10).failed(0).aborted(0));
        }

        @Test
        void a_violated_constraint_as_a_failure_with_expected_and_actual() {
            Events tests = mlgate(selectClass(BadCustomersContract.class)).execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test("age.between"), finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message("bad-customers.csv column 'age': 2 of 4 non-null values (50.00%) are not between 0 and 120"
                            + " (tolerated: none); examples (row: value): 2: '-4', 4: '150'"))));
            AssertionFailedError failure = (AssertionFailedError) tests.failed().stream()
                    .filter(event -> event.getTestDescriptor().getUniqueId().toString().endsWith("age.between]"))
                    .findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .orElseThrow().getThrowable().orElseThrow();
            assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("violations tolerated: none");
            assertThat(failure.getActual().getStringRepresentation()).isEqualTo("2 violations (50.00%)");
        }

        @Test
        void unreadable_and_missing_values_as_their_own_failures() {
            Events tests = mlgate(selectClass(BadCustomersContract.class)).execute().testEvents();

            tests.assertThatEvents()
                    .haveExactly(1, event(test("age.type"), finishedWithFailure(message(
                            "bad-customers.csv column 'age': 1 of 5 non-null values (20.00%) cannot be read as an int, an"
                                    + " integer from -2147483648 to 2147483647 (tolerated: none); examples (row, line: value): 6, line 7: 'abc'"))))
                    .haveExactly(1, event(test("age.notNull"), finishedWithFailure(message(
                            "bad-customers.csv column 'age': 1 of 6 rows (16.67%) are null (tolerated: none);"
                                    + " examples (row: value): 5: null"))));
        }

        @Test
        void a_non_blocking_violation_as_an_aborted_warning() {
            mlgate(selectClass(BadCustomersContract.class)).execute().testEvents().assertThatEvents()
                    .haveExactly(1, event(test("id.unique"), abortedWithReason(instanceOf(TestAbortedException.class),
                            message("Warning (non-blocking): bad-customers.csv column 'id': 2 of 6 non-null values"
                                    + " (33.33%) hold a value that occurs more than once (tolerated: none);"
                                    + " examples (row: value): 3: '3', 4: '3'"))));
        }

        @Test
        void gates_as_passed_failed_and_warned() {
            Events tests = mlgate(selectClass(ChurnQuality.class)).execute().testEvents();

            tests.assertThatEvents()
                    .haveExactly(1, event(test(uniqueId(suite(ChurnQuality.class) + "/[gate:rocAuc]")), finishedSuccessfully()))
                    .haveExactly(1, event(test("rocAucStrict"), finishedWithFailure(instanceOf(AssertionFailedError.class),
                            message("roc_auc = 0.828125 on predictions.csv, 60 rows; required >= 0.9"))))
                    .haveExactly(1, event(test("rocAucAspirational"), abortedWithReason(message(
                            "Warning (non-blocking): roc_auc = 0.828125 on predictions.csv, 60 rows; required >= 0.95"))));
        }

        @Test
        void one_child_per_slice_registered_at_run_time() {
            Events events = mlgate(selectMethod(ChurnQuality.class, "rocAucPerSegment", "dev.mlgate.metrics.BinaryScores"))
                    .execute().allEvents();
            String gate = suite(ChurnQuality.class) + "/[gate:rocAucPerSegment]";

            events.assertThatEvents()
                    .haveExactly(1, event(container(uniqueId(gate)), finishedSuccessfully()))
                    .haveExactly(1, event(test(uniqueId(gate + "/[slice:segment=retail]")), finishedSuccessfully()))
                    .haveExactly(1, event(test(uniqueId(gate + "/[slice:segment=enterprise]")), finishedWithFailure(
                            message("roc_auc = 0.742857 on slice segment=enterprise of predictions.csv, 12 rows;"
                                    + " required >= 0.8"))));
            assertThat(events.dynamicallyRegistered().count()).isEqualTo(2);
        }

        @Test
        void a_slice_below_the_minimum_size_as_inconclusive() {
            mlgate(Map.of(Constants.MIN_SLICE_SIZE, "20"), selectClass(dev.mlgate.engine.fixtures.ChurnQuality.class))
                    .execute().testEvents().assertThatEvents()
                    .haveExactly(1, event(test("segment=enterprise"), finishedWithFailure()));
        }

        @Test
        void one_run_time_child_alone_when_selected_by_its_unique_id() {
            String child = suite(ChurnQuality.class) + "/[gate:rocAucPerSegment]/[slice:segment=enterprise]";

            Events tests = mlgate(selectUniqueId(child)).execute().testEvents();

            tests.assertStatistics(stats -> stats.started(1).failed(1));
            tests.assertThatEvents().haveExactly(1, event(test(uniqueId(child)), finishedWithFailure()));
        }

        @Test
        void only_the_checks_with_an_included_tag() {
            Events tests = mlgate(selectClass(CustomersContract.class), selectClass(ChurnQuality.class))
                    .filters(TagFilter.includeTags("slices")).execute().testEvents();

            tests.assertStatistics(stats -> stats.started(2));
            assertThat(mlgate(selectClass(CustomersContract.class)).filters(TagFilter.excludeTags("keys")).execute()
                    .testEvents().started().count()).isEqualTo(7);
        }
    }

    @Nested
    class Isolates {

        @Test
        void a_missing_file_to_its_suite_naming_the_file() {
            Events containers = mlgate(selectClass(MissingFileContract.class), selectClass(CustomersContract.class))
                    .execute().containerEvents();

            containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(MissingFileContract.class))),
                    finishedWithFailure(message(text -> text.startsWith("MissingFileContract (data contract) could not"
                            + " be evaluated: ") && text.contains("no-such-file.csv") && text.contains("no such file")))));
            containers.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(CustomersContract.class))),
                    finishedSuccessfully()));
        }

        @Test
        void a_ragged_row_to_its_suite_naming_file_and_line() {
            Events events = mlgate(selectClass(RaggedContract.class), selectClass(ChurnQuality.class)).execute().allEvents();

            events.assertThatEvents().haveExactly(1, event(container(uniqueId(suite(RaggedContract.class))),
                    finishedWithFailure(message(text -> text.contains("ragged.csv") && text.contains("line 3")))));
            events.assertThatEvents().haveExactly(1, event(test(uniqueId(suite(ChurnQuality.class) + "/[gate:rocAuc]")), finishedSuccessfully()));
        }

        @Test
        void an_unresolved_placeholder_to_its_suite_naming_the_placeholder() {
            mlgate(selectClass(PlaceholderContract.class)).execute().containerEvents().assertThatEvents()
                    .haveExactly(1, event(container(uniqueId(suite(PlaceholderContract.class))), finishedWithFailure(message(
                            text -> text.contains("Cannot resolve placeholder ${customers.file}")))));
        }

        @Test
        void a_placeholder_resolved_from_a_configuration_parameter() {
            mlgate(Map.of("customers.file", "customers.csv"), selectClass(PlaceholderContract.class)).execute()
                    .testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        }
    }

    @Nested
    class Rejects {

        private List<String> issues(Class<?> type) {
            return mlgate(selectClass(type)).discover().getDiscoveryIssues().stream()
                    .map(issue -> issue.severity() + " " + issue.message()).toList();
        }

        @Test
        void a_gate_without_a_threshold() {
            assertThat(issues(dev.mlgate.engine.invalid.GateWithoutThreshold.class)).containsExactly(
                    "WARNING dev.mlgate.engine.invalid.GateWithoutThreshold.rocAuc() computes a metric but declares no"
                            + " threshold; add @AtLeast or @AtMost, or make it private if it is a helper");
        }

        @Test
        void a_gate_with_an_unsupported_parameter() {
            assertThat(issues(dev.mlgate.engine.invalid.UnsupportedParameter.class)).singleElement().asString()
                    .startsWith("WARNING dev.mlgate.engine.invalid.UnsupportedParameter.rocAuc(): a gate method takes"
                            + " exactly one evaluation view (BinaryScores)");
        }

        @Test
        void two_kinds_of_suite_on_one_class() {
            assertThat(issues(dev.mlgate.engine.invalid.TwoKinds.class)).containsExactly(
                    "WARNING dev.mlgate.engine.invalid.TwoKinds is annotated @DataContract and @ModelQuality; a suite"
                            + " class declares exactly one kind of suite: split it into one class per kind");
        }

        @Test
        void a_numeric_bound_on_a_text_column() {
            assertThat(issues(dev.mlgate.engine.invalid.BetweenOnText.class)).containsExactly(
                    "WARNING dev.mlgate.engine.invalid.BetweenOnText.email: @Between needs a numeric column, but 'email'"
                            + " is text; remove it or declare the component with a type it applies to");
        }

        @Test
        void an_invalid_configuration_value() {
            assertThat(mlgate(Map.of(Constants.SEED, "forty-two"), selectClass(CustomersContract.class)).discover()
                    .getDiscoveryIssues()).singleElement().satisfies(issue -> assertThat(issue.message()).isEqualTo(
                            "Invalid configuration value for 'mlgate.seed': 'forty-two' is not a whole number;"
                                    + " using the default 42"));
        }

        @Test
        void a_csv_delimiter_equal_to_the_quote_without_aborting_discovery() {
            EngineDiscoveryResults results = mlgate(Map.of(Constants.CSV_DELIMITER, "\""),
                    selectClass(CustomersContract.class)).discover();

            assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> assertThat(issue.message())
                    .isEqualTo("Invalid configuration value for 'mlgate.csv.delimiter': '\"' is not a character other"
                            + " than the quote '\"'; using the default ','"));
            assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
                    .contains("CustomersContract");
        }

        @Test
        void without_throwing_out_of_discovery_and_keeps_the_valid_suites() {
            EngineDiscoveryResults results = mlgate(selectPackage("dev.mlgate.engine.invalid"),
                    selectClass(CustomersContract.class)).discover();

            assertThat(results.getDiscoveryIssues()).hasSize(4);
            assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
                    .contains("CustomersContract");
            assertThat(ENGINE).isEqualTo("[engine:mlgate]");
        }
    }
}
