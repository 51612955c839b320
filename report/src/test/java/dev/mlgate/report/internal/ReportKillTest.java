package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.KillingDisk.Killed;
import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run killed at every step of writing its report, from promotion.json's pending replacement at the
 * start to the history line at the end, and in the middle of every write: whatever a reader finds is
 * whole and never promotes a report that is not the promoting run's, and the next run leaves a clean,
 * consistent directory. Each kill point starts from the files of an earlier run (none, a PROMOTE, a
 * REJECT), so a stale PROMOTE surviving the killed run's start would be caught.
 */
class ReportKillTest {

    static final String[] REPORT_FILES = {"report.json", "report.html", "summary.md", "promotion.json"};
    static final String HISTORY = "history.jsonl";

    static final RunStamp KILLED_STAMP = new RunStamp("killed-run", java.time.Instant.parse("2025-01-02T00:00:00Z"));
    static final Run KILLED = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.90", ">= 0.8"));
    static final Run NEXT = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.91", ">= 0.8"));

    /** What the directory held before the killed run started. */
    enum Before {
        NOTHING(null),
        PROMOTE(Checks.run(true, Checks.gate("auc", Status.PASSED, "0.85", ">= 0.8"))),
        REJECT(Checks.run(true, Checks.gate("auc", Status.FAILED, "0.70", ">= 0.8")));

        final Run run;

        Before(Run run) {
            this.run = run;
        }
    }

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    static long deadPid;

    @BeforeAll
    static void aProcessThatHasEnded() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        deadPid = ended.pid();
    }

    @ParameterizedTest
    @EnumSource(Before.class)
    void a_run_killed_at_any_step_leaves_whole_files_and_the_next_run_a_clean_directory(Before before) throws Exception {
        Path reference = temp.resolve("reference");
        prepare(reference, before);
        Map<String, byte[]> old = snapshot(reference);
        KillingDisk survivor = KillingDisk.survivor(deadPid);
        run(survivor, reference, KILLED, KILLED_STAMP);
        Map<String, byte[]> complete = snapshot(reference);
        List<String> steps = survivor.steps();

        int points = 0;
        for (int k = 0; k <= steps.size(); k++) {
            boolean write = k < steps.size() && steps.get(k).startsWith("write ");
            for (boolean tear : write ? new boolean[] {false, true} : new boolean[] {false}) {
                Path dir = temp.resolve(before + "-" + k + (tear ? "-torn" : ""));
                prepare(dir, before);
                KillingDisk disk = new KillingDisk(deadPid, k, tear, () -> snapshot(dir));
                try {
                    run(disk, dir, KILLED, KILLED_STAMP);
                } catch (Killed expected) {
                    // The outermost level of the killed process: nothing of it runs after this.
                }
                disk.exit();
                String point = before + ", killed at step " + k + " of " + steps.size() + ": " + disk.killedAt();
                if (k < steps.size()) {
                    assertThat(disk.killedAt()).as(point).isNotNull();
                    assertThat(equal(snapshot(dir), disk.atDeath())).as(point + ": changed after death").isTrue();
                }
                Map<String, byte[]> found = snapshot(dir);
                assertWhole(point, found, old, complete);
                assertPromotesOnlyItsOwnReport(point, found, old, complete);

                run(Disk.REAL, dir, NEXT, new RunStamp("next-run", java.time.Instant.parse("2025-01-03T00:00:00Z")));
                assertCleanAndConsistent(point, dir, old);
                points++;
            }
        }
        assertThat(points).isGreaterThan(40);
    }

    @org.junit.jupiter.api.Test
    void every_file_reaches_the_storage_device_before_it_replaces_the_old_one_or_the_run_ends() throws Exception {
        Path dir = temp.resolve("forced");
        prepare(dir, Before.PROMOTE);
        KillingDisk survivor = KillingDisk.survivor(deadPid);
        run(survivor, dir, KILLED, KILLED_STAMP);
        List<String> steps = survivor.steps();

        List<String> replaced = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).startsWith("replace ")) {
                String name = steps.get(i).substring("replace ".length());
                replaced.add(name);
                assertThat(steps.subList(i - 3, i)).as(steps.toString()).satisfiesExactly(
                        write -> assertThat(write).startsWith("write ." + name + ".pid"),
                        force -> assertThat(force).startsWith("force ." + name + ".pid"),
                        close -> assertThat(close).startsWith("close ." + name + ".pid"));
            }
        }
        assertThat(replaced).containsExactly("promotion.json", "report.json", "report.html", "summary.md",
                "promotion.json");
        assertThat(steps.subList(steps.size() - 3, steps.size()))
                .containsExactly("write " + HISTORY, "force " + HISTORY, "close " + HISTORY);
    }

    /** Leaves the files of a whole run of {@code before}, if any, in {@code dir}. */
    static void prepare(Path dir, Before before) throws IOException {
        Files.createDirectories(dir);
        if (before.run != null) {
            run(Disk.REAL, dir, before.run, new RunStamp("earlier-run", java.time.Instant.parse("2025-01-01T00:00:00Z")));
        }
    }

    /** What the listener does over a run: promotion.json pending at the start, the report at the end. */
    static void run(Disk disk, Path dir, Run run, RunStamp stamp) throws IOException {
        ReportSettings settings = new ReportSettings(true, dir, dir, dir.resolve(HISTORY));
        ReportWriter writer = new ReportWriter(disk);
        writer.writePending(settings, stamp);
        writer.write(run, settings, stamp);
    }

    private void assertWhole(String point, Map<String, byte[]> found, Map<String, byte[]> old,
                             Map<String, byte[]> complete) {
        for (String name : REPORT_FILES) {
            List<byte[]> versions = new ArrayList<>(Arrays.asList(old.get(name), complete.get(name)));
            if (name.equals("promotion.json")) {
                versions.add(Promotion.pending(KILLED_STAMP));
            }
            assertThat(versions.stream().anyMatch(version -> Arrays.equals(version, found.get(name))))
                    .as(point + ": " + name + " is absent, the earlier one or the killed run's, whole").isTrue();
        }
        byte[] history = found.getOrDefault(HISTORY, new byte[0]);
        byte[] before = old.getOrDefault(HISTORY, new byte[0]);
        byte[] after = complete.get(HISTORY);
        assertThat(history.length).as(point).isBetween(before.length, after.length);
        assertThat(Arrays.equals(history, 0, history.length, after, 0, history.length))
                .as(point + ": history is the earlier lines and a prefix of the killed run's line").isTrue();
        for (String name : found.keySet()) {
            if (!name.equals(HISTORY) && !Arrays.asList(REPORT_FILES).contains(name)) {
                assertThat(name).as(point + ": only the killed process's temporary files are extra")
                        .matches("\\.(report\\.json|report\\.html|summary\\.md|promotion\\.json)\\.pid" + deadPid
                                + "\\.[0-9a-f-]+\\.tmp");
            }
        }
    }

    private void assertPromotesOnlyItsOwnReport(String point, Map<String, byte[]> found, Map<String, byte[]> old,
                                                Map<String, byte[]> complete) {
        JsonNode promotion = Json.parseOrNull(text(found.get("promotion.json")));
        if (promotion == null || !promotion.path("decision").asText().equals("PROMOTE")) {
            return;
        }
        assertThat(found.get("report.json")).as(point + ": a PROMOTE without report.json").isNotNull();
        assertThat(promotion.path("reportSha256").asText()).as(point)
                .isEqualTo(ReportWriter.sha256(found.get("report.json")));
        Map<String, byte[]> run = promotion.path("runId").asText().equals(KILLED_STAMP.runId()) ? complete : old;
        for (String name : REPORT_FILES) {
            assertThat(found.get(name)).as(point + ": a PROMOTE beside " + name + " of another run").isEqualTo(run.get(name));
        }
    }

    private void assertCleanAndConsistent(String point, Path dir, Map<String, byte[]> old) throws IOException {
        Map<String, byte[]> found = snapshot(dir);
        assertThat(found.keySet()).as(point + ": after the next run").containsExactlyInAnyOrder(
                "report.json", "report.html", "summary.md", "promotion.json", HISTORY);
        assertThat(found.get("report.json")).as(point).isEqualTo(ReportJson.render(NEXT));
        assertThat(text(found.get("summary.md"))).as(point)
                .isEqualTo(MarkdownSummary.render(NEXT, Promotion.decide(NEXT, Checks.noRetraining())));
        assertThat(text(found.get("report.html"))).as(point).endsWith("</body>\n</html>\n");
        JsonNode promotion = Json.parseOrNull(text(found.get("promotion.json")));
        assertThat(promotion.path("runId").asText()).as(point).isEqualTo("next-run");
        assertThat(promotion.path("state").asText()).as(point).isEqualTo(Promotion.FINISHED);
        assertThat(promotion.path("decision").asText()).as(point).isEqualTo("PROMOTE");
        assertThat(promotion.path("reportSha256").asText()).as(point)
                .isEqualTo(ReportWriter.sha256(found.get("report.json")));
        String history = text(found.get(HISTORY));
        assertThat(history).as(point).startsWith(text(old.getOrDefault(HISTORY, new byte[0])))
                .endsWith(History.line(NEXT) + "\n");
        int earlier = old.containsKey(HISTORY) ? 1 : 0;
        assertThat(history.split("\n")).as(point + ": earlier lines, the killed run's (torn or whole), the next run's")
                .hasSizeBetween(earlier + 1, earlier + 2);
        assertThat(History.read(dir.resolve(HISTORY)).trend(NEXT.checks().get(0))).as(point)
                .endsWith(0.91, 0.91).hasSizeBetween(earlier + 2, earlier + 3);
    }

    static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static boolean equal(Map<String, byte[]> found, Object atDeath) {
        @SuppressWarnings("unchecked")
        Map<String, byte[]> then = (Map<String, byte[]>) atDeath;
        return found.keySet().equals(then.keySet())
                && found.keySet().stream().allMatch(name -> Arrays.equals(found.get(name), then.get(name)));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
