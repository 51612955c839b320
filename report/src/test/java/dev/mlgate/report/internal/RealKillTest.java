package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.Model.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ReportKillTest's model checked against the real thing: a separate JVM writing the report of a run of
 * 300 suites (a 9 MB report.json, a 16 MB report.html) is killed with SIGKILL at moments spread over
 * its writing, and the kernel, not a model, decides what reached the disk. Where each kill lands varies;
 * what must hold does not: every file is the earlier one or the new one, whole, promotion.json is the
 * killed run's and promotes only beside its own report, and the next run cleans up.
 */
class RealKillTest {

    static final int SUITES = 300;

    @TempDir
    Path temp;

    @Test
    void a_writer_killed_with_sigkill_at_any_moment_leaves_whole_files_and_the_next_run_cleans_up() throws Exception {
        Run run = LargeRun.of(SUITES);
        Path reference = temp.resolve("reference");
        ReportKillTest.prepare(reference, ReportKillTest.Before.PROMOTE);
        Map<String, byte[]> old = ReportKillTest.snapshot(reference);
        ReportKillTest.run(Disk.REAL, reference, run, RunStamp.startingNow());
        Map<String, byte[]> complete = ReportKillTest.snapshot(reference);

        List<String> landed = new ArrayList<>();
        for (int delay : new int[] {0, 150, 400, 1000, 2500, 6000}) {
            Path dir = temp.resolve("killed-" + delay);
            ReportKillTest.prepare(dir, ReportKillTest.Before.PROMOTE);
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LargeRun.class.getName(), dir.toString(),
                    String.valueOf(SUITES), "0").redirectErrorStream(true).redirectOutput(temp.resolve("out-" + delay).toFile())
                    .start();
            String runId = awaitRunning(dir, writer);
            Thread.sleep(delay);
            writer.destroyForcibly();
            writer.waitFor(60, TimeUnit.SECONDS);
            String point = "killed " + delay + " ms after the run started writing";

            Map<String, byte[]> found = ReportKillTest.snapshot(dir);
            for (String name : new String[] {"report.json", "report.html", "summary.md"}) {
                assertThat(Arrays.equals(found.get(name), old.get(name)) || Arrays.equals(found.get(name), complete.get(name)))
                        .as(point + ": " + name + " is the earlier one or the new one, whole").isTrue();
            }
            byte[] history = found.get(ReportKillTest.HISTORY);
            byte[] after = complete.get(ReportKillTest.HISTORY);
            assertThat(history.length).as(point).isBetween(old.get(ReportKillTest.HISTORY).length, after.length);
            assertThat(Arrays.equals(history, 0, history.length, after, 0, history.length)).as(point).isTrue();
            JsonNode promotion = Json.parseOrNull(new String(found.get("promotion.json"), StandardCharsets.UTF_8));
            assertThat(promotion).as(point + ": promotion.json is whole").isNotNull();
            assertThat(promotion.path("runId").asText()).as(point).isEqualTo(runId);
            if (promotion.path("decision").asText().equals("PROMOTE")) {
                assertThat(promotion.path("reportSha256").asText()).as(point)
                        .isEqualTo(ReportWriter.sha256(found.get("report.json")));
                assertThat(found.get("report.html")).as(point).isEqualTo(complete.get("report.html"));
                assertThat(found.get("summary.md")).as(point).isEqualTo(complete.get("summary.md"));
            } else {
                assertThat(promotion.path("decision").asText()).as(point).isEqualTo(Promotion.PENDING);
            }
            for (String name : found.keySet()) {
                if (!complete.containsKey(name)) {
                    assertThat(name).as(point).matches("\\..+\\.pid" + writer.pid() + "\\.[0-9a-f-]+\\.tmp");
                }
            }

            landed.add(delay + " ms: " + found.keySet().stream()
                    .map(name -> Arrays.equals(found.get(name), complete.get(name)) ? name + " new" : name)
                    .toList() + ", " + promotion.path("decision").asText());

            ReportKillTest.run(Disk.REAL, dir, ReportKillTest.NEXT, new RunStamp("next-run", Instant.now()));
            assertThat(ReportKillTest.snapshot(dir).keySet()).as(point)
                    .containsExactlyInAnyOrderElementsOf(complete.keySet());
        }
        System.out.println("RealKillTest: where the kills landed: " + String.join("; ", landed));
    }

    /** Waits until the writer has replaced the earlier promotion.json (with its pending one), and returns its run id. */
    private static String awaitRunning(Path dir, Process writer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode promotion = Json.parseOrNull(Files.readString(dir.resolve("promotion.json")));
            if (promotion != null && !promotion.path("runId").asText().equals("earlier-run")) {
                return promotion.path("runId").asText();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the writer did not start: " + Files.readString(dir.getParent().resolve("out-"
                + dir.getFileName().toString().substring("killed-".length()))));
    }
}
