package dev.mlgate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.DatasetLocation;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.Constants;
import dev.mlgate.spark.fixtures.Orders;
import dev.mlgate.spark.fixtures.OrdersData;
import dev.mlgate.spark.internal.LocalSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    void a_request_it_does_not_compute_fails_the_scan_naming_it_and_the_way_out() {
        // the planner makes only counting requests conditional; a conditional mean has no Spark computation
        MetricRequest mean = new MetricRequest.When(new MetricRequest.Moments(),
                new RowPredicate.ColumnIn(Orders.class, "country", List.of("DE")));
        ScanPlan plan = new ScanPlan(new DatasetLocation(csv.toString(), ""), List.of(new ColumnDescription("amount",
                ValueKind.DECIMAL, Double.class, true)), Map.of("amount", Set.of(mean)), Set.of(), Set.of(), List.of(),
                Optional.empty(), new ScanSettings(5, LocalDate.parse(OrdersData.TODAY), Instant.EPOCH));
        BackendContext context = new BackendContext() {
            @Override
            public Optional<String> parameter(String key) {
                return Optional.empty();
            }

            @Override
            public RowSource open(Path file) {
                throw new UnsupportedOperationException("Spark reads the data itself");
            }

            @Override
            public int threads() {
                return 1;
            }
        };

        assertThatThrownBy(() -> new SparkBackend().scan(plan, context))
                .hasMessageContaining("the Spark backend does not compute When[metric=Moments[]")
                .hasMessageContaining("of column 'amount'").hasMessageContaining("mlgate.backend=local");
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
