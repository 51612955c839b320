package dev.mlgate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.mlgate.engine.Constants;
import dev.mlgate.history.fixtures.DailyOrders;
import dev.mlgate.history.fixtures.DocumentedOrders;
import dev.mlgate.history.fixtures.UnboundedOrders;
import dev.mlgate.history.fixtures.WatchedQuality;
import dev.mlgate.history.fixtures.WeeklyOrders;
import dev.mlgate.history.internal.FileRepository;
import dev.mlgate.history.invalid.BadAnomalies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @NoAnomaly} through the engine: every run records its observed values in the metrics repository,
 * and anomaly checks judge this run's value against the earlier runs with the same tags.
 */
class AnomalyEngineTests {

    private static final Instant MONDAY = Instant.parse("2026-01-05T06:00:00Z");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    @TempDir
    Path directory;

    /** Writes {@code rows} orders whose amounts average {@code mean}, and runs {@code suite} on day {@code day}. */
    private EngineExecutionResults day(Class<?> suite, int day, int rows, double mean, Map<String, String> extra)
            throws IOException {
        StringBuilder csv = new StringBuilder("id,amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(mean + (i % 2 == 0 ? 1 : -1)).append('\n');
        }
        Files.writeString(directory.resolve("orders.csv"), csv);
        return run(suite, directory, day, extra);
    }

    private static EngineExecutionResults run(Class<?> suite, Path basedir, int day, Map<String, String> extra) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(suite))
                .configurationParameter(Constants.BASEDIR, basedir.toString())
                .configurationParameter("mlgate.repository.time", MONDAY.plus(Duration.ofDays(day)).toString())
                .configurationParameters(extra)
                .execute();
    }

    /** Per test (last unique-id segment value): its status and message. */
    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        results.testEvents().finished().stream().forEach(event -> outcomes.put(
                event.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result.getThrowable()
                        .map(error -> " " + error.getMessage()).orElse("")).orElseThrow()));
        return outcomes;
    }

    @Nested
    class A_week_of_history {

        @Test
        void the_first_run_passes_saying_so_and_records_its_values_in_the_default_file() throws IOException {
            Map<String, String> outcomes = outcomes(day(DailyOrders.class, 0, 1000, 50, Map.of()));

            Path file = directory.resolve("mlgate-history/metrics.jsonl");
            assertThat(outcomes.get("rows#relative-rate-of-change")).isEqualTo("SUCCESSFUL");
            assertThat(new FileRepository(file).runs(HistoryQuery.of(DailyOrders.class.getName())))
                    .singleElement().satisfies(run -> {
                        assertThat(run.time()).isEqualTo(MONDAY);
                        assertThat(run.metrics()).containsEntry("rows", 1000.0)
                                .containsEntry("artifact.data.rows", 1000.0)
                                .containsEntry("constraint:amount.mean", 50.0)
                                .doesNotContainKeys("anomaly:rows#relative-rate-of-change");
                    });
        }

        @Test
        void too_little_history_is_inconclusive_with_the_count_needed() throws IOException {
            day(DailyOrders.class, 0, 1000, 50, Map.of());
            Map<String, String> second = outcomes(day(DailyOrders.class, 1, 1010, 51, Map.of()));

            assertThat(second.get("amount.mean#batch-normal")).startsWith("ABORTED Inconclusive: batch normal (3.0 sd"
                    + " below, 3.0 sd above the mean) needs 2 earlier runs of amount: mean >= 0 and file:")
                    .endsWith(" has 1");
            assertThat(second.get("rows#relative-rate-of-change")).isEqualTo("SUCCESSFUL");
        }

        @Test
        void one_anomalous_day_is_caught_and_the_usual_days_pass() throws IOException {
            int[] rows = {1000, 1010, 990, 1005, 995, 1000};
            double[] means = {50, 51, 49, 50.5, 49.5, 50};
            for (int day = 0; day < rows.length; day++) {
                Map<String, String> outcomes = outcomes(day(DailyOrders.class, day, rows[day], means[day], Map.of()));
                assertThat(outcomes.get("rows#relative-rate-of-change")).as("day %d", day).isEqualTo("SUCCESSFUL");
            }

            Map<String, String> sunday = outcomes(day(DailyOrders.class, 6, 600, 50.2, Map.of()));

            assertThat(sunday.get("rows#relative-rate-of-change")).isEqualTo("FAILED row count = 600.0 is an anomaly"
                    + " against its last 6 runs by relative rate of change over 1 run within [0.8, 1.25]: ratio to the"
                    + " value 1000.0 1 run earlier is 0.6, accepted [0.8, 1.25]");
            assertThat(sunday.get("amount.mean#batch-normal")).isEqualTo("SUCCESSFUL");
        }

        @Test
        void runs_with_other_tags_are_not_history() throws IOException {
            day(DailyOrders.class, 0, 1000, 50, Map.of("mlgate.repository.tags", "branch=main"));

            Map<String, String> other = outcomes(day(DailyOrders.class, 1, 100, 50,
                    Map.of("mlgate.repository.tags", "branch=experiment")));

            assertThat(other.get("rows#relative-rate-of-change")).isEqualTo("SUCCESSFUL");
        }

        @Test
        void an_anomaly_check_selected_alone_still_computes_the_value_it_watches() throws IOException {
            day(DailyOrders.class, 0, 1000, 50, Map.of());
            day(DailyOrders.class, 1, 1000, 50, Map.of());
            Files.writeString(directory.resolve("orders.csv"), "id,amount\n1,50\n2,50\n");

            EngineExecutionResults results = EngineTestKit.engine("mlgate")
                    .selectors(selectUniqueId(UniqueId.forEngine("mlgate").append("suite", DailyOrders.class.getName())
                            .append("anomaly", "amount.mean#batch-normal")))
                    .configurationParameter(Constants.BASEDIR, directory.toString())
                    .configurationParameter("mlgate.repository.time", MONDAY.plus(Duration.ofDays(2)).toString())
                    .execute();

            assertThat(outcomes(results)).containsOnlyKeys("amount.mean#batch-normal")
                    .containsEntry("amount.mean#batch-normal", "SUCCESSFUL");
        }
    }

    @Nested
    class Seasonal_history {

        private final int[] week = {700, 720, 710, 730, 800, 1100, 1050};

        private void twoWeeks() throws IOException {
            for (int day = 0; day < 14; day++) {
                day(WeeklyOrders.class, day, week[day % 7] + (day * 7 % 5) - 2, 50, Map.of());
            }
        }

        @Test
        void a_monday_as_busy_as_a_saturday_is_an_anomaly_for_holt_winters() throws IOException {
            twoWeeks();

            String monday = outcomes(day(WeeklyOrders.class, 14, 1100, 50, Map.of())).get("rows#holt-winters-weekly");

            assertThat(monday).startsWith("FAILED row count = 1100.0 is an anomaly against its last 14 runs by"
                    + " Holt-Winters (additive, weekly season): forecast ");
        }

        @Test
        void a_usual_monday_passes_and_thirteen_days_are_not_enough() throws IOException {
            for (int day = 0; day < 13; day++) {
                day(WeeklyOrders.class, day, week[day % 7] + (day * 7 % 5) - 2, 50, Map.of());
            }
            assertThat(outcomes(day(WeeklyOrders.class, 13, 1049, 50, Map.of())).get("rows#holt-winters-weekly"))
                    .startsWith("ABORTED Inconclusive: Holt-Winters (additive, weekly season) needs 14 earlier runs of"
                            + " row count and file:").endsWith(" has 13");

            assertThat(outcomes(day(WeeklyOrders.class, 14, 701, 50, Map.of())).get("rows#holt-winters-weekly"))
                    .isEqualTo("SUCCESSFUL");
        }
    }

    @Nested
    class On_a_gate {

        @Test
        void a_drop_against_history_written_through_the_api_fails_and_other_tags_are_ignored() {
            Path file = directory.resolve("metrics.jsonl");
            try (MetricsRepository repository = MetricsRepositories.open(new RepositorySettings("file:" + file,
                    directory, Map.of(), Retention.FOREVER, Optional.empty(), Optional.empty()))) {
                repository.append(new RunRecord("earlier", WatchedQuality.class.getName(), MONDAY, Map.of("env", "ci"),
                        Map.of("gate:rocAuc", 0.95)));
            }
            Map<String, String> configuration = Map.of("mlgate.repository", "file:" + file);

            Map<String, String> ci = outcomes(run(WatchedQuality.class, FIXTURES, 1,
                    with(configuration, "mlgate.repository.tags", "env=ci")));
            Map<String, String> local = outcomes(run(WatchedQuality.class, FIXTURES, 1,
                    with(configuration, "mlgate.repository.tags", "env=local")));

            assertThat(ci.get("rocAuc")).isEqualTo("SUCCESSFUL");
            assertThat(ci.get("rocAuc#absolute-change")).isEqualTo("FAILED rocAuc >= 0.5 = 0.828125 is an anomaly"
                    + " against its last 1 runs by absolute change of order 1 within [-0.05, Infinity]: change of"
                    + " order 1 is -0.12187499999999996, accepted [-0.05, Infinity]");
            assertThat(local.get("rocAuc#absolute-change")).startsWith("SUCCESSFUL");
        }

        private static Map<String, String> with(Map<String, String> base, String key, String value) {
            Map<String, String> all = new LinkedHashMap<>(base);
            all.put(key, value);
            return all;
        }
    }

    @Test
    void the_documented_example_declares_four_anomaly_checks_each_after_the_check_it_watches() {
        List<String> names = EngineTestKit.engine("mlgate").selectors(selectClass(DocumentedOrders.class)).discover()
                .getEngineDescriptor().getDescendants().stream()
                .filter(node -> node.getUniqueId().getLastSegment().getType().equals("anomaly")
                        || node.getUniqueId().getLastSegment().getValue().matches("amount.mean|email.completeness"))
                .map(TestDescriptor::getDisplayName).toList();

        assertThat(EngineTestKit.engine("mlgate").selectors(selectClass(DocumentedOrders.class)).discover()
                .getDiscoveryIssues()).isEmpty();
        assertThat(names).containsExactly(
                "amount: mean >= 0",
                "amount: mean >= 0: no anomaly (batch normal (3.0 sd below, 3.0 sd above the mean))",
                "email: completeness between 0.9 and 1",
                "email: completeness between 0.9 and 1: no anomaly (absolute change of order 1 within [-0.02, Infinity])",
                "row count: no anomaly (relative rate of change over 1 run within [0.8, 1.25])",
                "row count: no anomaly (Holt-Winters (additive, weekly season))");
    }

    @Test
    void a_statistic_declared_without_bounds_is_watched_by_its_history_alone() throws IOException {
        day(UnboundedOrders.class, 0, 100, 50, Map.of());

        Map<String, String> outcomes = outcomes(day(UnboundedOrders.class, 1, 100, 80, Map.of()));

        assertThat(outcomes.get("amount.mean")).isEqualTo("SUCCESSFUL");
        assertThat(outcomes.get("amount.mean#absolute-change")).isEqualTo("FAILED amount: mean any value = 80.0 is an anomaly"
                + " against its last 1 runs by absolute change of order 1 within [-5.0, 5.0]: change of order 1 is"
                + " 30.0, accepted [-5.0, 5.0]");
    }

    @Test
    void declarations_that_watch_nothing_or_two_checks_or_lack_bounds_are_discovery_issues() {
        String type = BadAnomalies.class.getName();
        List<String> issues = EngineTestKit.engine("mlgate").selectors(selectClass(BadAnomalies.class)).discover()
                .getDiscoveryIssues().stream().map(DiscoveryIssue::message).toList();

        assertThat(issues).containsExactlyInAnyOrder(
                type + ".id: @NoAnomaly watches no check: the member declares no constraint, gate or comparison",
                type + ".amount: @NoAnomaly is ambiguous: name the check with metric = one of amount.maximum,"
                        + " amount.mean",
                type + ".tax: @NoAnomaly is invalid: ABSOLUTE_CHANGE needs lower or upper (or both)",
                type + ": @NoAnomaly watches no check named 'nothing' (declared here: schema, id.type, id.notNull,"
                        + " amount.type, amount.notNull, amount.maximum, amount.mean, tax.type, tax.notNull, tax.mean)");
    }
}
