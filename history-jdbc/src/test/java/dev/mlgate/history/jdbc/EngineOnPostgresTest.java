package dev.mlgate.history.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.jdbc.fixtures.Orders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine with {@code mlgate.repository=jdbc:postgresql:...}: found through ServiceLoader, read and written. */
class EngineOnPostgresTest {

    @TempDir
    Path directory;

    private String day(String url, int day, int rows) throws IOException {
        Files.writeString(directory.resolve("orders.csv"), "id,amount\n" + IntStream.range(0, rows)
                .mapToObj(i -> i + ",10").collect(Collectors.joining("\n")) + "\n");
        return EngineTestKit.engine("mlgate").selectors(selectClass(Orders.class))
                .configurationParameter("mlgate.basedir", directory.toString())
                .configurationParameter("mlgate.repository", url)
                .configurationParameter("mlgate.repository.tags", "env=ci")
                .configurationParameter("mlgate.repository.time", "2026-01-0" + (day + 1) + "T06:00:00Z")
                .execute().testEvents().finished().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().getLastSegment().getType().equals("anomaly"))
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow())
                .map(result -> result.getStatus() + result.getThrowable().map(e -> " " + e.getMessage()).orElse(""))
                .findFirst().orElseThrow();
    }

    @Test
    void a_week_of_runs_is_recorded_in_postgresql_and_the_drop_on_the_last_day_is_caught() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            int[] rows = {500, 520, 480, 510, 530, 505, 300};
            for (int day = 0; day < 6; day++) {
                assertThat(day(database.url(), day, rows[day])).as("day %d", day).isEqualTo("SUCCESSFUL");
            }

            assertThat(day(database.url(), 6, rows[6])).isEqualTo("FAILED row count = 300.0 is an anomaly against its"
                    + " last 6 runs by absolute change of order 1 within [-100.0, 100.0]: change of order 1 is -205.0,"
                    + " accepted [-100.0, 100.0]");
            try (MetricsRepository repository = MetricsRepositories.open(database.settings())) {
                List<MetricPoint> series = repository.series(HistoryQuery.of(Orders.class.getName()), "rows");
                assertThat(series).extracting(MetricPoint::value)
                        .containsExactly(500.0, 520.0, 480.0, 510.0, 530.0, 505.0, 300.0);
                assertThat(series).allSatisfy(point -> assertThat(point.tags()).containsEntry("env", "ci"));
                assertThat(repository.series(HistoryQuery.of(Orders.class.getName()), "constraint:amount.mean"))
                        .hasSize(7).allSatisfy(point -> assertThat(point.value()).isEqualTo(10.0));
            }
        }
    }
}
