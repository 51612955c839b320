package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.memory.BigUniqueIds;
import dev.mlgate.report.memory.MemoryReportRun;
import dev.mlgate.report.memory.SmallCustomers;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite that exhausts the heap fails alone and the report is still written, deciding REJECT: a second
 * JVM with a 32 MB heap runs @Unique over 4,000,000 distinct ids beside a healthy contract.
 */
class OutOfMemoryReportTest {

    @TempDir
    Path temp;

    @Test
    void the_report_is_written_with_the_exhausted_suite_errored_and_the_other_passed() throws Exception {
        Path big = temp.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("id\n");
            for (long id = 0; id < 4_000_000; id++) {
                out.write(Long.toString(id * 7919));
                out.write('\n');
            }
        }
        Path reportDir = temp.resolve("report");
        Path log = temp.resolve("run.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), MemoryReportRun.class.getName(),
                ReportRun.FIXTURES.toString(), big.toString(), reportDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("RUN ENDED");

        JsonNode report = ReportFiles.json(reportDir.resolve("report.json"));
        JsonNode exhausted = suite(report, BigUniqueIds.class);
        assertThat(exhausted.path("status").asText()).isEqualTo("errored");
        assertThat(exhausted.path("message").asText()).contains("ran out of memory").contains("-Xmx");
        assertThat(suite(report, SmallCustomers.class).path("status").asText()).isEqualTo("passed");
        JsonNode promotion = ReportFiles.json(reportDir.resolve("promotion.json"));
        assertThat(promotion.path("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("reasons").toString()).contains("BigUniqueIds").contains("ran out of memory");
    }

    private static JsonNode suite(JsonNode report, Class<?> type) {
        return StreamSupport.stream(report.path("suites").spliterator(), false)
                .filter(suite -> suite.path("class").asText().equals(type.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no suite " + type.getName() + " in " + report));
    }
}
