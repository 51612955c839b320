package dev.mlgate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.backend.ViolationCount;
import dev.mlgate.engine.Constants;
import dev.mlgate.spark.fixtures.Orders;
import dev.mlgate.spark.fixtures.OrdersData;
import dev.mlgate.spark.fixtures.OrdersDrift;
import dev.mlgate.spark.fixtures.OrdersParquet;
import dev.mlgate.spark.internal.LocalSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * One suite, two backends, same answers: the same contract and drift suites run on the local backend and
 * on Spark {@code local[2]} over the same rows, as CSV and as Parquet written by Spark, and every metric,
 * verdict and message agrees (exactly, or within {@link Agreement#RELATIVE} where Spark adds floating-point
 * numbers in another order).
 */
class TwoBackendsTest {

    @TempDir
    static Path dir;

    static Path csv;
    static Path parquet;
    static Path parts;
    static Path reference;
    static Path current;

    @BeforeAll
    static void data() throws IOException {
        List<Object[]> rows = OrdersData.rows(2_000, 1, false);
        csv = OrdersData.writeCsv(dir.resolve("orders.csv"), rows);
        parquet = OrdersParquet.write(LocalSpark.session(), rows, dir.resolve("orders.parquet"), 1);
        parts = OrdersParquet.write(LocalSpark.session(), rows, dir.resolve("parts.parquet"), 3);
        reference = OrdersData.writeCsv(dir.resolve("reference.csv"), OrdersData.rows(2_000, 2, false));
        current = OrdersData.writeCsv(dir.resolve("current.csv"), OrdersData.rows(1_500, 3, true));
    }

    /** The runs the tests read, each made once: suite, backend and data name a run. */
    private static final Map<String, Run> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What one run of a suite gave: each check's outcome, and the twin's scans when the twin ran it. */
    private record Run(Map<String, String> outcomes, List<TwinBackend.Twin> scans) {
    }

    private static synchronized Run run(Class<?> suite, String backend, Path data, Path sparkData) {
        return run(suite, backend, data, sparkData, "none");
    }

    /** A run with {@code mlgate.spark.persist} set to {@code persist}. */
    private static synchronized Run run(Class<?> suite, String backend, Path data, Path sparkData, String persist) {
        String name = suite.getSimpleName() + "|" + backend + "|" + data + "|" + sparkData + "|" + persist;
        return RUNS.computeIfAbsent(name, key -> {
            TwinBackend.SCANS.clear();
            TwinBackend.SPARK_LOCATIONS.clear();
            if (sparkData != null) {
                TwinBackend.SPARK_LOCATIONS.put(csv.toString(), sparkData.toString());
            }
            Map<String, String> outcomes = outcomes(suite, backend, data, persist);
            return new Run(outcomes, List.copyOf(TwinBackend.SCANS));
        });
    }

    private static Map<String, String> outcomes(Class<?> suite, String backend, Path data, String persist) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        EngineTestKit.engine("mlgate").selectors(selectClass(suite))
                .configurationParameter(Constants.BACKEND, backend)
                .configurationParameter(Constants.TODAY, OrdersData.TODAY)
                .configurationParameter("orders.data", data.toString())
                .configurationParameter("orders.reference", reference.toString())
                .configurationParameter("orders.current", current.toString())
                .configurationParameter("mlgate.spark.persist", persist)
                .execute().allEvents().finished().stream().forEach(event -> outcomes.put(
                        event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                        event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result
                                .getThrowable().map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    @Nested
    class OnCsv {

        @Test
        void every_metric_of_the_contract_is_equal_with_its_examples() {
            List<TwinBackend.Twin> scans = run(Orders.class, "twin", csv, null).scans();

            assertThat(scans).hasSize(1);
            TwinBackend.Twin twin = scans.get(0);
            assertThat(Agreement.differences(twin.local(), twin.spark(), true, true)).isEmpty();
            // the data does fail checks, so examples were compared, not only empty lists
            assertThat(twin.local().metrics().values().stream().flatMap(metrics -> metrics.values().stream())
                    .filter(ViolationCount.class::isInstance).map(ViolationCount.class::cast)
                    .filter(count -> !count.examples().isEmpty())).hasSizeGreaterThan(10);
            assertThat(twin.local().rows().values()).allMatch(count -> count.violations() > 0);
        }

        @Test
        void persisting_the_parsed_columns_on_disk_changes_no_metric_or_example() {
            List<TwinBackend.Twin> scans = run(Orders.class, "twin", csv, null, "disk").scans();

            assertThat(scans).hasSize(1);
            TwinBackend.Twin twin = scans.get(0);
            assertThat(Agreement.differences(twin.local(), twin.spark(), true, true)).isEmpty();
            assertThat(twin.local().rows().values()).allMatch(count -> count.violations() > 0);
        }

        @Test
        void the_drift_samples_of_data_and_reference_are_equal() {
            List<TwinBackend.Twin> scans = run(OrdersDrift.class, "twin", csv, null).scans();

            assertThat(scans).hasSize(2);
            scans.forEach(twin -> {
                assertThat(twin.local().samples()).hasSize(6);
                assertThat(Agreement.differences(twin.local(), twin.spark(), true, true)).isEmpty();
            });
        }

        @Test
        void every_verdict_and_message_is_the_same() {
            // the twin hands the local results to the checks: its outcomes are the local backend's
            Map<String, String> local = run(Orders.class, "twin", csv, null).outcomes();

            assertThat(run(Orders.class, "spark", csv, null).outcomes()).isEqualTo(local);
            assertThat(local.values()).anyMatch(outcome -> outcome.startsWith("FAILED"))
                    .anyMatch(outcome -> outcome.startsWith("SUCCESSFUL"));
        }

        @Test
        void every_drift_verdict_and_message_is_the_same() {
            Map<String, String> local = run(OrdersDrift.class, "twin", csv, null).outcomes();

            assertThat(run(OrdersDrift.class, "spark", csv, null).outcomes()).isEqualTo(local).hasSizeGreaterThan(5);
            assertThat(local.values()).anyMatch(outcome -> outcome.startsWith("FAILED drifted"));
        }
    }

    @Nested
    class OnParquet {

        @Test
        void every_metric_is_equal_to_the_local_scan_of_the_same_rows_as_csv() {
            TwinBackend.Twin twin = run(Orders.class, "twin", csv, parquet).scans().get(0);

            // Parquet has no lines, and Spark writes a date-time as text its own way: rows and counts compared
            assertThat(Agreement.differences(twin.local(), twin.spark(), false, false)).isEmpty();
        }

        @Test
        void every_verdict_is_the_same() {
            Map<String, String> local = run(Orders.class, "twin", csv, null).outcomes();

            Map<String, String> spark = run(Orders.class, "spark", parquet, null).outcomes();

            assertThat(spark.keySet()).isEqualTo(local.keySet());
            spark.forEach((check, outcome) -> assertThat(outcome.split(" ")[0]).as(check)
                    .isEqualTo(local.get(check).split(" ")[0]));
        }

        @Test
        void a_directory_of_part_files_is_one_dataset_whose_examples_name_their_file() {
            TwinBackend.Twin twin = run(Orders.class, "twin", csv, parts).scans().get(0);

            assertThat(twin.spark().summary().rows()).isEqualTo(twin.local().summary().rows());
            twin.local().metrics().forEach((column, metrics) -> metrics.forEach((request, result) -> {
                if (result instanceof ViolationCount count) {
                    ViolationCount other = (ViolationCount) twin.spark().metrics().get(column).get(request);
                    assertThat(other.violations()).as(column + " " + request).isEqualTo(count.violations());
                    assertThat(other.examples()).allSatisfy(example -> assertThat(example.file()).startsWith("part-"));
                }
            }));
        }
    }
}
