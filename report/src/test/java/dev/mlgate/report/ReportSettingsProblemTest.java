package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.fixtures.GreenCustomers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped mlgate.report.enabled is printed as an error and the report is still written (the safe side). */
class ReportSettingsProblemTest {

    @TempDir
    Path temp;

    @Test
    void a_value_that_is_not_a_boolean_is_printed_to_stderr_and_the_report_is_written() {
        Path dir = temp.resolve("report");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ReportRun.of(dir, GreenCustomers.class).with(ReportConstants.ENABLED, "ture").runAll();
        } finally {
            System.setErr(original);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mlgate: Invalid configuration value for"
                + " 'mlgate.report.enabled': 'ture' is neither true nor false (case-insensitive); writing the report,"
                + " the default");
        assertThat(Files.exists(dir.resolve("promotion.json"))).isTrue();
    }

    @Test
    void false_in_any_case_writes_no_report() {
        Path dir = temp.resolve("report");
        ReportRun.of(dir, GreenCustomers.class).with(ReportConstants.ENABLED, "FALSE").runAll();

        assertThat(Files.exists(dir.resolve("promotion.json"))).isFalse();
    }
}
