package dev.mlgate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.engine.Constants;
import dev.mlgate.spark.fixtures.Orders;
import dev.mlgate.spark.fixtures.OrdersData;
import dev.mlgate.spark.fixtures.Readings;
import dev.mlgate.spark.internal.LocalSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** What only the Spark backend does: approximate quantiles that say so, and refusing what it cannot compute. */
class SparkOnlyTest {

    @TempDir
    static Path dir;

    static Path csv;

    @BeforeAll
    static void data() throws IOException {
        LocalSpark.session();
        csv = OrdersData.writeCsv(dir.resolve("orders.csv"), OrdersData.rows(1_200, 4, false));
    }

    private static EngineExecutionResults run(Class<?> suite, Map<String, String> parameters) {
        EngineTestKit.Builder builder = EngineTestKit.engine("mlgate").selectors(selectClass(suite))
                .configurationParameter(Constants.BACKEND, "spark")
                .configurationParameter(Constants.TODAY, OrdersData.TODAY)
                .configurationParameter("orders.data", csv.toString());
        parameters.forEach(builder::configurationParameter);
        return builder.execute();
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage).orElse("");
    }

    @Test
    void approximate_quantiles_say_so_with_their_error_bound_in_the_message() {
        EngineExecutionResults results = run(Orders.class, Map.of("mlgate.spark.quantiles", "approximate"));
        results.containerEvents().failed().stream().forEach(event -> event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).ifPresent(Throwable::printStackTrace));
        Map<String, String> messages = results
                .allEvents().reportingEntryPublished().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().getLastSegment().getValue()
                        .equals("amount.median"))
                .flatMap(event -> event.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).stream())
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));

        assertThat(messages.get("mlgate.message")).contains("approximate (Spark percentile_approx, accuracy 10000):"
                + " within 1 ranks of the exact quantile among ");
        assertThat(messages).containsKey("mlgate.detail.approximation");
    }

    @Test
    void a_constraint_it_does_not_compute_fails_the_suite_naming_it_and_the_way_out() {
        EngineExecutionResults results = run(Readings.class, Map.of());

        assertThat(results.containerEvents().failed().stream().map(SparkOnlyTest::message))
                .anySatisfy(message -> assertThat(message).contains("the Spark backend does not compute OutOfOrder")
                        .contains("of column 'order_id'").contains("mlgate.backend=local"));
    }

    @Test
    void a_custom_check_past_the_table_limit_fails_naming_the_limit_and_the_way_out() {
        EngineExecutionResults results = run(Orders.class, Map.of("mlgate.spark.table.max-rows", "10"));

        assertThat(results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().contains("mostOrdersArePaid"))
                .map(SparkOnlyTest::message))
                .singleElement().satisfies(message -> assertThat(message)
                        .contains("mostOrdersArePaid() reads the whole data table")
                        .contains("mlgate.spark.table.max-rows").contains("mlgate.backend=local"));
    }

    @Test
    void a_malformed_table_limit_names_its_key() {
        EngineExecutionResults results = run(Orders.class, Map.of("mlgate.spark.table.max-rows", "many"));

        assertThat(results.allEvents().failed().stream().map(SparkOnlyTest::message))
                .anySatisfy(message -> assertThat(message)
                        .contains("mlgate.spark.table.max-rows must be a whole number of rows, not 'many'"));
    }
}
