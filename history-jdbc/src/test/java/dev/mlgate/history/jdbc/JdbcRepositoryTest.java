package dev.mlgate.history.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.MetricsRepositoryException;
import dev.mlgate.history.RepositorySettings;
import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The PostgreSQL repository against a real server (see {@link TestDatabase}), one empty database per test. */
class JdbcRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T06:00:00.123456Z");

    private TestDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private MetricsRepository open() {
        return MetricsRepositories.open(database.settings());
    }

    private static RunRecord run(String subject, int day, Map<String, String> tags, Map<String, Double> metrics) {
        return new RunRecord("run-" + day, subject, T0.plus(Duration.ofDays(day)), tags, metrics);
    }

    private int schemaVersion() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            return Schema.version(statement);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'public' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    @Nested
    class Schema_ {

        @Test
        void opening_an_empty_database_creates_the_tables_at_the_current_version() throws SQLException {
            assertThat(tables()).isEmpty();

            open().close();

            assertThat(tables()).containsExactly("mlgate_metric", "mlgate_run", "mlgate_run_tag",
                    "mlgate_schema_version");
            assertThat(schemaVersion()).isEqualTo(Schema.CURRENT).isEqualTo(2);
        }

        @Test
        void a_version_1_database_is_migrated_to_version_2_keeping_its_runs() throws SQLException {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                Schema.migrate(connection, 1);
                statement.execute("INSERT INTO mlgate_run (run_id, subject, run_time)"
                        + " VALUES ('old', 'a.Suite', '2025-12-31T06:00:00Z')");
                statement.execute("INSERT INTO mlgate_metric (run, name, value) SELECT id, 'rows', 42 FROM mlgate_run");
            }
            assertThat(schemaVersion()).isEqualTo(1);
            assertThat(tables()).doesNotContain("mlgate_run_tag");

            MetricsRepository repository = open();
            repository.append(run("a.Suite", 0, Map.of("env", "ci"), Map.of("rows", 43.0)));

            assertThat(schemaVersion()).isEqualTo(2);
            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).containsExactly(
                    new RunRecord("old", "a.Suite", Instant.parse("2025-12-31T06:00:00Z"), Map.of(),
                            Map.of("rows", 42.0)),
                    run("a.Suite", 0, Map.of("env", "ci"), Map.of("rows", 43.0)));
        }

        @Test
        void a_database_newer_than_this_code_is_refused_by_name() throws SQLException {
            open().close();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("UPDATE mlgate_schema_version SET version = 3");
            }

            assertThatThrownBy(JdbcRepositoryTest.this::open).isInstanceOf(MetricsRepositoryException.class)
                    .hasMessageContaining("cannot create or migrate the tables of the metrics repository "
                            + database.url())
                    .hasMessageEndingWith("the database's mlgate schema is version 3, newer than the 2 this"
                            + " mlgate-history-jdbc knows; upgrade mlgate");
        }

        @Test
        void four_runs_opening_an_empty_database_at_once_create_it_once() throws Exception {
            List<Callable<Object>> openers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                openers.add(() -> {
                    open().close();
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (Future<Object> opened : pool.invokeAll(openers)) {
                    opened.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM mlgate_schema_version")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(schemaVersion()).isEqualTo(2);
        }
    }

    @Nested
    class Reading_back {

        @Test
        void returns_exactly_the_runs_written_with_every_double_bit_for_bit_and_times_to_the_microsecond() {
            MetricsRepository repository = open();
            RunRecord first = new RunRecord("r1", "a.Suite", Instant.parse("2026-01-01T06:00:00.123456789Z"),
                    Map.of("branch", "main", "note", "quote ' \" \\ \u00e9 \u4e2d \n"), Map.of("rows", 10_000.0,
                    "gate:rocAuc", 0.1 + 0.2, "tiny", Double.MIN_VALUE, "huge", -Double.MAX_VALUE, "third", 1.0 / 3));
            RunRecord second = run("a.Suite", 1, Map.of(), Map.of("rows", 3.0));
            repository.append(first);
            repository.append(second);

            assertThat(first.time()).isEqualTo(Instant.parse("2026-01-01T06:00:00.123456Z"));
            assertThat(open().runs(HistoryQuery.of("a.Suite"))).containsExactly(first, second);
        }

        @Test
        void selects_by_subject_tags_time_and_count_oldest_first() {
            MetricsRepository repository = open();
            for (int day = 0; day < 6; day++) {
                repository.append(run("a.Suite", day, Map.of("branch", day % 2 == 0 ? "main" : "dev", "env", "ci"),
                        Map.of("rows", 100.0 + day)));
                repository.append(run("b.Suite", day, Map.of("branch", "main"), Map.of("rows", 1.0)));
            }
            HistoryQuery main = HistoryQuery.of("a.Suite").tagged(Map.of("branch", "main", "env", "ci"));

            assertThat(repository.runs(main)).extracting(RunRecord::runId).containsExactly("run-0", "run-2", "run-4");
            assertThat(repository.runs(main.last(2))).extracting(RunRecord::runId).containsExactly("run-2", "run-4");
            assertThat(repository.runs(main.since(T0.plus(Duration.ofDays(1))).before(T0.plus(Duration.ofDays(4)))))
                    .extracting(RunRecord::runId).containsExactly("run-2");
            assertThat(repository.series(HistoryQuery.of("a.Suite").last(2), "rows")).extracting(MetricPoint::value)
                    .containsExactly(104.0, 105.0);
        }

        @Test
        void counts_the_last_runs_among_those_that_measured_the_metric() {
            MetricsRepository repository = open();
            repository.append(run("a.Suite", 0, Map.of(), Map.of("mean", 1.0)));
            repository.append(run("a.Suite", 1, Map.of(), Map.of("mean", 2.0)));
            repository.append(run("a.Suite", 2, Map.of(), Map.of("rows", 5.0)));

            assertThat(repository.series(HistoryQuery.of("a.Suite").last(2), "mean")).extracting(MetricPoint::value)
                    .containsExactly(1.0, 2.0);
        }
    }

    @Nested
    class Concurrent_writers {

        @Test
        void eight_threads_appending_at_once_lose_no_run() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    String name = "thread" + t;
                    done.add(pool.submit(() -> {
                        MetricsRepository own = open();
                        for (int i = 0; i < 25; i++) {
                            own.append(JdbcWriter.run(name, i));
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEveryRun(8, 25, "thread");
        }

        @Test
        void two_processes_appending_at_once_lose_no_run() throws Exception {
            Process first = writer("process0", 60);
            Process second = writer("process1", 60);
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isZero();
            assertThat(second.exitValue()).isZero();

            assertEveryRun(2, 60, "process");
        }

        @Test
        void a_writer_killed_while_appending_leaves_only_whole_runs() throws Exception {
            Process writer = writer("killed", 0);
            int appended = 0;
            try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while (appended < 20) {
                    appended = Integer.parseInt(output.readLine().substring("appended ".length()));
                }
                writer.destroyForcibly(); // SIGKILL, likely inside a transaction: it must leave no part of a run
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<RunRecord> survived = open().runs(HistoryQuery.of("com.acme.Suite"));
            assertThat(survived.size()).isGreaterThanOrEqualTo(appended);
            for (int i = 0; i < survived.size(); i++) {
                assertThat(survived.get(i)).isEqualTo(JdbcWriter.run("killed", i));
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM mlgate_metric")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(200 * survived.size());
            }
        }

        private void assertEveryRun(int writers, int each, String prefix) {
            MetricsRepository repository = open();
            for (int w = 0; w < writers; w++) {
                List<RunRecord> runs = repository.runs(HistoryQuery.of("com.acme.Suite")
                        .tagged(Map.of("writer", prefix + w)));
                assertThat(runs).hasSize(each);
                for (int i = 0; i < each; i++) {
                    assertThat(runs.get(i)).isEqualTo(JdbcWriter.run(prefix + w, i));
                }
            }
        }

        private Process writer(String name, int count) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    JdbcWriter.class.getName(), database.url(), name, Integer.toString(count))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        }
    }

    @Nested
    class Retention_ {

        @Test
        void pruning_by_age_and_by_count_removes_runs_with_their_metrics_and_tags() throws SQLException {
            MetricsRepository repository = open();
            for (int day = 0; day < 10; day++) {
                repository.append(run("a.Suite", day, Map.of("env", "ci"), Map.of("rows", (double) day)));
                repository.append(run("b.Suite", day, Map.of(), Map.of("rows", 1.0)));
            }

            assertThat(repository.prune(Retention.parse("3d"), T0.plus(Duration.ofDays(9)))).isEqualTo(12);
            assertThat(repository.prune(Retention.parse("2 runs"), T0)).isEqualTo(4);

            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).extracting(RunRecord::runId)
                    .containsExactly("run-8", "run-9");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM mlgate_metric),"
                         + " (SELECT count(*) FROM mlgate_run_tag)")) {
                rows.next();
                assertThat(List.of(rows.getInt(1), rows.getInt(2))).containsExactly(4, 2);
            }
        }
    }

    @Test
    void other_databases_than_postgresql_are_refused_naming_the_supported_one() {
        RepositorySettings mysql = new RepositorySettings("jdbc:mysql://localhost/db?password=secret", Path.of(""),
                Map.of(), Retention.FOREVER, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> MetricsRepositories.open(mysql)).hasMessage("mlgate.repository: mlgate-history-jdbc"
                + " supports PostgreSQL (jdbc:postgresql://host:port/database), not 'jdbc:mysql://localhost/db'");
    }
}
