package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.GreenCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * promotion.json over a run's life: replaced by a pending, non-promoting file when the run starts, and
 * at the end stamped with the run's id, start and the digest of the report.json it was derived from.
 */
class PromotionLifecycleTest {

    @TempDir
    Path temp;

    @Test
    void an_earlier_promote_is_replaced_by_a_pending_decision_before_any_check_runs() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("report"));
        Files.writeString(dir.resolve("promotion.json"), "{\"decision\": \"PROMOTE\"}");
        AtomicReference<String> seenWhileRunning = new AtomicReference<>();
        TestExecutionListener probe = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier identifier) {
                if (seenWhileRunning.get() == null && identifier.getUniqueId().contains("[suite:")) {
                    try {
                        seenWhileRunning.set(Files.readString(dir.resolve("promotion.json")));
                    } catch (Exception e) {
                        seenWhileRunning.set(e.toString());
                    }
                }
            }
        };

        ReportRun.of(dir, GreenCustomers.class).runAllObservedBy(probe);

        JsonNode pending = ReportFiles.MAPPER.readTree(seenWhileRunning.get());
        assertThat(pending.path("state").asText()).isEqualTo("RUNNING");
        assertThat(pending.path("decision").asText()).isEqualTo("PENDING");
        assertThat(pending.path("reasons").get(0).path("cause").asText()).contains("has not finished");
        JsonNode finished = json(dir.resolve("promotion.json"));
        assertThat(finished.path("runId").asText()).isEqualTo(pending.path("runId").asText()).isNotBlank();
        assertThat(finished.path("startedAt").asText()).isEqualTo(pending.path("startedAt").asText());
        assertThat(finished.path("decision").asText()).isEqualTo("PROMOTE");
    }

    @Test
    void a_finished_run_names_its_report_by_digest_and_started_before_it_ended() throws Exception {
        Path dir = temp.resolve("report");
        Instant before = Instant.now();
        ReportRun.of(dir, GreenCustomers.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("report.json"))));
        assertThat(promotion.path("schemaVersion").asInt()).isEqualTo(3);
        assertThat(promotion.path("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.path("reportSha256").asText()).isEqualTo(digest);
        Instant started = Instant.parse(promotion.path("startedAt").asText());
        assertThat(started).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.parse(promotion.path("generatedAt").asText()));
    }

    @Test
    void two_runs_have_different_ids() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        ReportRun.of(first, GreenCustomers.class).runAll();
        ReportRun.of(second, GreenCustomers.class).runAll();

        assertThat(json(first.resolve("promotion.json")).path("runId").asText())
                .isNotEqualTo(json(second.resolve("promotion.json")).path("runId").asText());
    }

    @Test
    void a_report_that_cannot_be_written_leaves_a_rejection_and_the_run_goes_on() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("report"));
        Files.createDirectories(dir.resolve("report.html").resolve("in-the-way"));

        ReportRun.of(dir, GreenCustomers.class).runAll();

        JsonNode promotion = json(dir.resolve("promotion.json"));
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.path("reasons").get(0).path("cause").asText()).startsWith("The report could not be written (");
    }
}
