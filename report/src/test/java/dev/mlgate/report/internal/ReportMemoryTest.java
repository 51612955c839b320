package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a large run is written under a small heap: 1,000 model quality suites (12,000 checks,
 * a 29 MB report.json and a 53 MB report.html) after 30 recorded runs of the same size, in a JVM with
 * {@code -Xmx128m}. Rendering either file whole in memory ran out of heap there; both are streamed, and
 * the history keeps only what trends and medians need.
 */
class ReportMemoryTest {

    static final int SUITES = 1000;

    @TempDir
    Path dir;

    @Test
    void a_thousand_suites_are_reported_in_128_megabytes_of_heap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                LargeRun.class.getName(), dir.toString(), String.valueOf(SUITES), "30")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor()).as(output).isZero();

        JsonNode promotion = Json.parseOrNull(Files.readString(dir.resolve("promotion.json")));
        assertThat(promotion.path("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.path("reportSha256").asText()).isEqualTo(sha256(dir.resolve("report.json")));
        assertThat(count(dir.resolve("report.json"), "\\s*\"uniqueId\" : \"\\[engine:mlgate]/\\[suite:[^/]*\",")).isEqualTo(SUITES);
        assertThat(count(dir.resolve("report.html"), "<h3 class=\"suite\" id=.*")).isEqualTo(SUITES);
        assertThat(Files.size(dir.resolve("report.json"))).isGreaterThan(20_000_000L);
        try (Stream<String> lines = Files.lines(dir.resolve("report.html"))) {
            assertThat(lines.reduce((first, second) -> second)).contains("</html>");
        }
        try (Stream<String> lines = Files.lines(dir.resolve("history.jsonl"))) {
            assertThat(lines.count()).isEqualTo(31);
        }
    }

    private static long count(Path file, String regex) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.matches(regex)).count();
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
