package dev.mlgate.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.engine.Constants;
import dev.mlgate.spark.fixtures.Events;
import dev.mlgate.spark.fixtures.EventsData;
import dev.mlgate.spark.fixtures.ThrowingCondition;
import dev.mlgate.spark.internal.LocalSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What Spark computes on the executors row by row, equal to the local backend: row order
 * ({@code @Increasing}, {@code @Decreasing}), {@code @ParsesAsJson}, {@code @When} (a condition method and
 * a declared column's values) and {@code @RowRule}s, one of which throws. The files are read in several
 * partitions (small {@code spark.sql.files.maxPartitionBytes}, Parquet row groups of 16 KB), and a value
 * out of order falls on a partition's first row, so the driver's stitching of partitions is exercised.
 */
class RowWiseTest {

    private static final String PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";

    @TempDir
    static Path dir;

    static List<Object[]> rows;
    static Path csv;
    static Path plain;
    static Path parquet;
    static Path parts;
    static String partitionBytes;

    @BeforeAll
    static void data() throws IOException {
        SparkSession spark = LocalSpark.session();
        partitionBytes = spark.conf().get(PARTITION_BYTES);
        spark.conf().set(PARTITION_BYTES, "32768");
        rows = EventsData.rows(3_000, 5);
        csv = EventsData.writeCsv(dir.resolve("events.csv"), rows, true);
        plain = EventsData.writeCsv(dir.resolve("plain.csv"), rows, false);
        parquet = EventsData.writeParquet(spark, rows, dir.resolve("events.parquet"), 1);
        parts = EventsData.writeParquet(spark, rows, dir.resolve("parts.parquet"), 3);
    }

    @AfterAll
    static void restore() {
        LocalSpark.session().conf().set(PARTITION_BYTES, partitionBytes);
    }

    private static TwinBackend.Twin twin(Path local, Path spark) {
        TwinBackend.SCANS.clear();
        TwinBackend.SPARK_LOCATIONS.put(local.toString(), spark.toString());
        outcomes(Events.class, "twin", local);
        assertThat(TwinBackend.SCANS).hasSize(1);
        return TwinBackend.SCANS.get(0);
    }

    private static Map<String, String> outcomes(Class<?> suite, String backend, Path data) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        EngineTestKit.engine("mlgate").selectors(selectClass(suite))
                .configurationParameter(Constants.BACKEND, backend)
                .configurationParameter("events.data", data.toString())
                .execute().allEvents().finished().stream().forEach(event -> outcomes.put(
                        event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                        event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result
                                .getThrowable().map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    @Test
    void on_csv_every_row_wise_metric_and_rule_is_equal_with_its_examples() {
        TwinBackend.Twin twin = twin(csv, csv);

        assertThat(Agreement.differences(twin.local(), twin.spark(), true, true)).isEmpty();
        assertFailsWithExamples(twin.local());
        assertThat(firstRowsOfBlocks(LocalSpark.session().read().option("header", "true").csv(csv.toString())))
                .hasSizeGreaterThan(2).anySatisfy(row -> assertThat(outOfOrder(row, 2, false)).isTrue());
    }

    @Test
    void on_csv_every_verdict_and_message_is_the_same() {
        Map<String, String> local = outcomes(Events.class, "local", csv);

        assertThat(outcomes(Events.class, "spark", csv)).isEqualTo(local);
        assertThat(local.values()).anyMatch(outcome -> outcome.startsWith("FAILED"))
                .anyMatch(outcome -> outcome.startsWith("SUCCESSFUL"))
                .anyMatch(outcome -> outcome.contains("throwsOnce") || outcome.contains("no rule for event"));
    }

    @Test
    void a_condition_that_throws_fails_the_scan_with_the_local_message_naming_the_row() {
        Map<String, String> local = outcomes(ThrowingCondition.class, "local", csv);

        assertThat(outcomes(ThrowingCondition.class, "spark", csv)).isEqualTo(local);
        assertThat(local.values()).anyMatch(outcome -> outcome.contains("the condition explodes threw on row "
                + EventsData.THROWING_ID) && outcome.contains("no condition for event " + EventsData.THROWING_ID));
    }

    @Test
    void on_parquet_row_groups_every_row_wise_metric_and_rule_is_equal_with_its_examples() {
        TwinBackend.Twin twin = twin(plain, parquet);

        // Parquet has no lines; values, rows and records are compared
        assertThat(Agreement.differences(twin.local(), twin.spark(), true, false)).isEmpty();
        assertFailsWithExamples(twin.local());
        assertThat(firstRowsOfBlocks(LocalSpark.session().read().parquet(parquet.toString()))).isNotEmpty();
    }

    @Test
    void across_part_files_the_row_order_continues_from_file_to_file() {
        TwinBackend.Twin twin = twin(plain, parts);
        // three files of 1,000 rows, each file's first row out of order against the last row of the one before
        assertThat(LocalSpark.session().read().parquet(parts.toString()).inputFiles()).hasSize(3);
        assertThat(outOfOrder(1_001, 2, false) && outOfOrder(2_001, 2, false)).isTrue();

        twin.local().metrics().forEach((column, metrics) -> metrics.forEach((request, result) -> {
            if (result instanceof ViolationCount count) {
                ViolationCount other = (ViolationCount) twin.spark().metrics().get(column).get(request);
                assertThat(List.of(other.checked(), other.violations())).as(column + " " + request)
                        .isEqualTo(List.of(count.checked(), count.violations()));
            }
        }));
        twin.local().rules().forEach((rule, outcome) -> {
            RuleOutcome other = twin.spark().rules().get(rule);
            assertThat(List.of(other.checked(), other.violations(), other.leftOut(), other.error() == null))
                    .as(rule.name()).isEqualTo(List.of(outcome.checked(), outcome.violations(), outcome.leftOut(),
                            outcome.error() == null));
        });
    }

    /** The data does fail each kind of request, so examples and stitching were compared, not empty lists. */
    private static void assertFailsWithExamples(ScanResults local) {
        List<Class<?>> failing = new ArrayList<>();
        local.metrics().values().forEach(metrics -> metrics.forEach((request, result) -> {
            if (result instanceof ViolationCount count && !count.examples().isEmpty()) {
                failing.add(request.getClass());
            }
        }));
        assertThat(failing).contains(MetricRequest.OutOfOrder.class, MetricRequest.NotJson.class,
                MetricRequest.When.class);
        assertThat(local.rules().values()).hasSize(3).allMatch(outcome -> outcome.violations() > 0)
                .anyMatch(outcome -> outcome.error() != null).anyMatch(outcome -> outcome.leftOut() > 0);
    }

    /** The 1-based row number of the first row of each block Spark reads, in row order (one file). */
    private static List<Integer> firstRowsOfBlocks(Dataset<Row> data) {
        List<Row> blocks = data.select(col("_metadata.file_block_start").as("block")).groupBy("block").count()
                .orderBy("block").collectAsList();
        List<Integer> first = new ArrayList<>();
        int before = 0;
        for (Row block : blocks) {
            first.add(before + 1);
            before += (int) block.getLong(1);
        }
        return first.subList(1, first.size());
    }

    /**
     * Whether the first checked value of column {@code c} from row {@code row} on is out of order against
     * the last one before it: strictly decreasing {@code level} (2) or increasing {@code seq} (1).
     */
    private static boolean outOfOrder(int row, int c, boolean increasing) {
        Double before = null;
        for (int r = 0; r < rows.size(); r++) {
            Object value = rows.get(r)[c];
            if (value == null || Double.isNaN(((Number) value).doubleValue())) {
                continue;
            }
            double x = ((Number) value).doubleValue();
            if (r + 1 >= row) {
                return before != null && (increasing ? x < before : x >= before);
            }
            before = x;
        }
        return false;
    }
}
