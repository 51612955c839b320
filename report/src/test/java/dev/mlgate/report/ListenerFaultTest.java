package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.internal.TestWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener over a test disk, in a real run: its file operations are exactly those ReportKillTest
 * kills a run at, and an error while writing the report, even running out of memory, leaves REJECT.
 */
class ListenerFaultTest {

    @TempDir
    Path temp;

    @Test
    void the_listener_touches_the_disk_in_exactly_the_steps_the_kill_test_kills_a_run_at() throws Exception {
        TestWriter recording = TestWriter.recording();

        ReportRun.of(temp.resolve("report"), GreenCustomers.class).runAllWith(new MlgateReportListener(recording.writer()));

        assertThat(recording.steps()).hasSizeGreaterThan(40)
                .isEqualTo(TestWriter.killedSteps(Files.createDirectories(temp.resolve("model"))));
    }

    @Test
    void running_out_of_memory_while_writing_the_report_leaves_a_rejection_saying_so_and_no_temporary_file()
            throws Exception {
        Path dir = temp.resolve("report");
        TestWriter failing = TestWriter.failingOnceAt("write .report.html", new OutOfMemoryError("Java heap space"));

        ReportRun.of(dir, GreenCustomers.class).runAllWith(new MlgateReportListener(failing.writer()));

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("reasons").get(0).path("cause").asText())
                .startsWith("The report could not be written (java.lang.OutOfMemoryError: Java heap space)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("promotion.json", "report.json");
        }
    }
}
