package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_fields_of_a_finished_promotion() {
        Fixture fixture = new Fixture(dir);
        fixture.decision = "REJECT";
        fixture.verdict = "failed";
        fixture.write();

        PromotionFile promotion = ReportFiles.promotion(dir).valueOrNull();

        assertThat(promotion).isNotNull();
        assertThat(promotion.runId()).isEqualTo("3f1c9a2e-0000-4000-8000-000000000001");
        assertThat(promotion.finished()).isTrue();
        assertThat(promotion.startedAt()).isEqualTo(Instant.parse("2026-12-04T23:40:05.123Z"));
        assertThat(promotion.generatedAt()).isEqualTo(Instant.parse("2026-12-04T23:40:14.123Z"));
        assertThat(promotion.decision()).isEqualTo("REJECT");
        assertThat(promotion.verdict()).isEqualTo("failed");
        assertThat(promotion.reasons()).containsExactly("All 3 blocking checks passed in a complete run.");
        assertThat(promotion.reportSha256()).isEqualTo(ReportFiles.report(dir).valueOrNull().sha256());
    }

    @Test
    void reads_a_running_promotion_without_end_fields() {
        Fixture fixture = new Fixture(dir);
        fixture.state = "RUNNING";
        fixture.decision = "PENDING";
        fixture.noReportHash = true;
        fixture.write();

        PromotionFile promotion = ReportFiles.promotion(dir).valueOrNull();

        assertThat(promotion.finished()).isFalse();
        assertThat(promotion.generatedAt()).isNull();
        assertThat(promotion.verdict()).isNull();
        assertThat(promotion.reportSha256()).isNull();
    }

    @Test
    void reads_counts_run_state_suite_classes_and_declaration_errors_of_the_report() throws Exception {
        Fixture fixture = new Fixture(dir);
        fixture.partial = true;
        fixture.missing.add("[engine:mlgate]/[suite:x]/[check:y]");
        fixture.suites.add("com.acme.Outer$Nested");
        fixture.declarationError = "no such column";
        fixture.write();

        ReportFile report = ReportFiles.report(dir).valueOrNull();

        assertThat(report.sha256()).isEqualTo(ReportFiles.sha256(Files.readAllBytes(dir.resolve("report.json"))));
        assertThat(report.counts()).containsEntry("passed", 3).containsEntry("failed", 1).containsEntry("warning", 2);
        assertThat(report.partial()).isTrue();
        assertThat(report.missing()).containsExactly("[engine:mlgate]/[suite:x]/[check:y]");
        assertThat(report.suiteClasses()).containsExactly("com.acme.suites.ChurnContract", "com.acme.Outer$Nested");
        assertThat(report.declarationErrors()).containsExactly(
                new ReportFile.DeclarationError("com.acme.suites.ChurnContract", "no such column"));
    }

    @Test
    void a_schema_3_reason_reads_as_its_sentence_and_a_schema_2_file_still_reads() throws Exception {
        Files.writeString(dir.resolve("promotion.json"), "{\"schemaVersion\": 3, \"runId\": \"r\", \"state\":"
                + " \"FINISHED\", \"decision\": \"REJECT\", \"reasons\": [{\"kind\": \"blocking-check\","
                + " \"check\": \"[engine:mlgate]/[suite:a.Churn]/[gate:auc]\", \"name\": \"Churn: auc >= 0.9\","
                + " \"checkKind\": \"gate\", \"status\": \"failed\", \"cause\": \"roc_auc = 0.8; required >= 0.9\"},"
                + " {\"kind\": \"partial-run\", \"cause\": \"The run was partial.\"}], \"partial\": true}");

        assertThat(ReportFiles.promotion(dir).valueOrNull().reasons()).containsExactly(
                "Churn: auc >= 0.9 failed: roc_auc = 0.8; required >= 0.9", "The run was partial.");

        Fixture earlier = new Fixture(dir);
        earlier.schema = PromotionFile.PREVIOUS_SCHEMA_VERSION;
        earlier.write();
        PromotionFile read = ReportFiles.promotion(dir).valueOrNull();
        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.reasons()).containsExactly("All 3 blocking checks passed in a complete run.");
        assertThat(read.decision()).isEqualTo("PROMOTE");
    }

    @Test
    void an_absent_file_is_absent_and_a_broken_one_says_why() throws Exception {
        assertThat(ReportFiles.promotion(dir)).isInstanceOf(Loaded.Absent.class);
        assertThat(ReportFiles.report(dir)).isInstanceOf(Loaded.Absent.class);

        Files.writeString(dir.resolve("report.json"), "[1, 2");
        Files.writeString(dir.resolve("promotion.json"), "{\"schemaVersion\": 2, \"startedAt\": \"yesterday\"}");

        assertThat(ReportFiles.report(dir)).isInstanceOfSatisfying(Loaded.Unreadable.class,
                unreadable -> assertThat(unreadable.why()).startsWith("JsonEOFException"));
        assertThat(ReportFiles.promotion(dir)).isInstanceOfSatisfying(Loaded.Unreadable.class,
                unreadable -> assertThat(unreadable.why()).contains("startedAt is not an ISO-8601 instant: yesterday"));
    }

    @Test
    void the_hash_is_lowercase_hex_sha_256() {
        assertThat(ReportFiles.sha256("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
