package dev.mlgate.history.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.history.HistoryQuery;
import dev.mlgate.history.MetricPoint;
import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T06:00:00Z");

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("history/metrics.jsonl");
    }

    private static RunRecord run(String subject, int day, Map<String, String> tags, Map<String, Double> metrics) {
        return new RunRecord("run-" + day, subject, T0.plus(Duration.ofDays(day)), tags, metrics);
    }

    @Nested
    class Reading_back {

        @Test
        void returns_exactly_the_runs_written_with_every_double_bit_for_bit() {
            FileRepository repository = new FileRepository(file());
            RunRecord first = run("a.Suite", 0, Map.of("branch", "main", "env", "ci"), Map.of("rows", 10_000.0,
                    "gate:rocAuc", 0.1 + 0.2, "tiny", Double.MIN_VALUE, "huge", -Double.MAX_VALUE, "third", 1.0 / 3));
            RunRecord second = run("a.Suite", 1, Map.of("note", "quote \" and \\ and \u00e9 \n"), Map.of("rows", 3.0));
            repository.append(first);
            repository.append(second);

            assertThat(new FileRepository(file()).runs(HistoryQuery.of("a.Suite"))).containsExactly(first, second);
        }

        @Test
        void selects_by_subject_tags_time_and_count_oldest_first() {
            FileRepository repository = new FileRepository(file());
            for (int day = 0; day < 6; day++) {
                repository.append(run("a.Suite", day, Map.of("branch", day % 2 == 0 ? "main" : "dev"),
                        Map.of("rows", 100.0 + day)));
                repository.append(run("b.Suite", day, Map.of("branch", "main"), Map.of("rows", 1.0)));
            }
            HistoryQuery main = HistoryQuery.of("a.Suite").tagged(Map.of("branch", "main"));

            assertThat(repository.runs(main)).extracting(RunRecord::runId).containsExactly("run-0", "run-2", "run-4");
            assertThat(repository.runs(main.last(2))).extracting(RunRecord::runId).containsExactly("run-2", "run-4");
            assertThat(repository.runs(main.since(T0.plus(Duration.ofDays(1))).before(T0.plus(Duration.ofDays(4)))))
                    .extracting(RunRecord::runId).containsExactly("run-2");
            assertThat(repository.series(HistoryQuery.of("a.Suite").last(2), "rows")).extracting(MetricPoint::value)
                    .containsExactly(104.0, 105.0);
        }

        @Test
        void counts_the_last_runs_among_those_that_measured_the_metric() {
            FileRepository repository = new FileRepository(file());
            repository.append(run("a.Suite", 0, Map.of(), Map.of("mean", 1.0)));
            repository.append(run("a.Suite", 1, Map.of(), Map.of("mean", 2.0)));
            repository.append(run("a.Suite", 2, Map.of(), Map.of("rows", 5.0)));

            assertThat(repository.series(HistoryQuery.of("a.Suite").last(2), "mean")).extracting(MetricPoint::value)
                    .containsExactly(1.0, 2.0);
        }

        @Test
        void a_missing_file_is_an_empty_history() {
            assertThat(new FileRepository(file()).runs(HistoryQuery.of("a.Suite"))).isEmpty();
        }
    }

    @Nested
    class Torn_lines {

        @Test
        void a_half_written_last_line_is_skipped_and_the_next_append_starts_a_line_of_its_own() throws IOException {
            FileRepository repository = new FileRepository(file());
            RunRecord before = run("a.Suite", 0, Map.of(), Map.of("rows", 1.0));
            repository.append(before);
            String whole = RunLines.write(run("a.Suite", 1, Map.of(), Map.of("rows", 2.0)));
            Files.writeString(file(), whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
            RunRecord after = run("a.Suite", 2, Map.of(), Map.of("rows", 3.0));

            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).containsExactly(before);
            repository.append(after);

            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).containsExactly(before, after);
            assertThat(Files.readAllLines(file())).hasSize(3).last().isEqualTo(RunLines.write(after));
        }

        @Test
        void a_line_torn_inside_a_multibyte_character_is_skipped_like_any_torn_line() throws IOException {
            FileRepository repository = new FileRepository(file());
            RunRecord before = run("a.Suite", 0, Map.of(), Map.of("rows", 1.0));
            repository.append(before);
            byte[] whole = RunLines.write(run("a.Suite", 1, Map.of("city", "\u6771\u4eac"), Map.of("rows", 2.0)))
                    .getBytes(StandardCharsets.UTF_8);
            int start = new String(whole, StandardCharsets.UTF_8).indexOf('\u6771'); // all ASCII before it
            Files.write(file(), Arrays.copyOf(whole, start + 2), StandardOpenOption.APPEND); // two of its three bytes
            RunRecord after = run("a.Suite", 2, Map.of(), Map.of("rows", 3.0));

            repository.append(after);

            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).containsExactly(before, after);
        }

        @Test
        void a_writer_killed_while_appending_leaves_only_whole_runs_and_later_appends_work() throws Exception {
            Process writer = writer("killed", 0);
            try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int appended = 0;
                while (appended < 50) {
                    appended = Integer.parseInt(output.readLine().substring("appended ".length()));
                }
                writer.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, possibly mid-append
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

                FileRepository repository = new FileRepository(file());
                List<RunRecord> survived = repository.runs(HistoryQuery.of("com.acme.Suite"));
                assertThat(survived.size()).isGreaterThanOrEqualTo(appended);
                for (int i = 0; i < survived.size(); i++) {
                    assertThat(survived.get(i)).isEqualTo(RepositoryWriter.run("killed", i));
                }
                RunRecord next = RepositoryWriter.run("next", 0);
                repository.append(next);
                assertThat(repository.runs(HistoryQuery.of("com.acme.Suite").tagged(Map.of("writer", "next"))))
                        .containsExactly(next);
            }
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
                        FileRepository own = new FileRepository(file());
                        for (int i = 0; i < 50; i++) {
                            own.append(RepositoryWriter.run(name, i));
                            own.runs(HistoryQuery.of("com.acme.Suite").last(1)); // readers interleave
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEveryRun(8, 50, "thread");
        }

        @Test
        void two_processes_appending_at_once_lose_no_run() throws Exception {
            Process first = writer("process0", 200);
            Process second = writer("process1", 200);
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isZero();
            assertThat(second.exitValue()).isZero();

            assertEveryRun(2, 200, "process");
        }

        private void assertEveryRun(int writers, int each, String prefix) throws IOException {
            FileRepository repository = new FileRepository(file());
            assertThat(Files.readAllLines(file())).hasSize(writers * each);
            for (int w = 0; w < writers; w++) {
                List<RunRecord> runs = repository.runs(HistoryQuery.of("com.acme.Suite")
                        .tagged(Map.of("writer", prefix + w)));
                assertThat(runs).hasSize(each);
                for (int i = 0; i < each; i++) {
                    assertThat(runs.get(i)).isEqualTo(RepositoryWriter.run(prefix + w, i));
                }
            }
        }
    }

    @Nested
    class Retention_ {

        @Test
        void pruning_by_age_removes_older_runs_and_keeps_the_rest_in_order() {
            FileRepository repository = new FileRepository(file());
            for (int day = 0; day < 10; day++) {
                repository.append(run("a.Suite", day, Map.of(), Map.of("rows", (double) day)));
            }
            Instant now = T0.plus(Duration.ofDays(9));

            assertThat(repository.prune(Retention.parse("3d"), now)).isEqualTo(6);
            assertThat(repository.runs(HistoryQuery.of("a.Suite"))).extracting(RunRecord::runId)
                    .containsExactly("run-6", "run-7", "run-8", "run-9");
            assertThat(repository.prune(Retention.parse("3d"), now)).isZero();
        }

        @Test
        void pruning_by_count_keeps_the_newest_runs_of_each_subject() {
            FileRepository repository = new FileRepository(file());
            for (int day = 0; day < 5; day++) {
                repository.append(run("a.Suite", day, Map.of(), Map.of("rows", 1.0)));
                repository.append(run("b.Suite", day, Map.of(), Map.of("rows", 1.0)));
            }

            assertThat(repository.prune(Retention.parse("2 runs"), T0)).isEqualTo(6);
            assertThat(repository.runs(HistoryQuery.of("b.Suite"))).extracting(RunRecord::runId)
                    .containsExactly("run-3", "run-4");
        }

        @Test
        void retention_reads_ages_and_counts_and_refuses_anything_else() {
            assertThat(Retention.parse("90d").maxAge()).contains(Duration.ofDays(90));
            assertThat(Retention.parse("2w").maxAge()).contains(Duration.ofDays(14));
            assertThat(Retention.parse("100").maxRuns()).isEqualTo(100);
            assertThat(Retention.parse(" ")).isEqualTo(new Retention(Optional.empty(), 0));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Retention.parse("90 days"))
                    .hasMessage("'90 days' is not a retention: write an age such as 90d, 12h or 4w, or a run count"
                            + " such as 100 runs");
        }
    }

    private Process writer(String name, int count) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RepositoryWriter.class.getName(), file().toString(), name, Integer.toString(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
