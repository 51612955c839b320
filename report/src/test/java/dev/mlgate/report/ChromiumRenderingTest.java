package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.ChurnVersusBaseline;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.StrictChurnGates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}):
 * it loads without console errors, and the verdict, a failing check and every kind of chart are in the
 * DOM. Skipped only when Chromium is absent outside CI; with {@code CI} set it must run.
 */
class ChromiumRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    @Test
    void the_report_renders_with_its_verdict_failing_check_and_every_kind_of_chart() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "chromium is not installed (CI installs it; it is required there)");
        Path dir = temp.resolve("report");
        Path history = temp.resolve("history.jsonl");
        ReportRun run = ReportRun.of(dir, GreenCustomers.class, ChurnGates.class, ChurnVersusBaseline.class,
                        StrictChurnGates.class)
                .with("mlgate.report.history", history.toString());
        run.runAll();
        run.runAll();
        Path html = dir.resolve("report.html");

        Result dom = chromium(List.of("--dump-dom", html.toUri().toString()));
        Path screenshot = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Result shot = chromium(List.of("--screenshot=" + screenshot, "--window-size=1280,2400",
                html.toUri().toString()));

        assertThat(dom.exit()).as(dom.stderr()).isZero();
        assertThat(consoleErrors(dom.stderr())).isEmpty();
        assertThat(dom.stdout())
                .contains("<span id=\"decision\">REJECT</span>")
                .contains("<span id=\"run-verdict\">failed</span>")
                .containsPattern("<table id=\"failing\">[\\s\\S]*StrictChurnGates: rocAucNearPerfect &gt;= 0.99")
                .contains("class=\"chart chart-gate\"")
                .contains("class=\"chart chart-roc\"")
                .contains("class=\"chart chart-pr\"")
                .contains("class=\"chart chart-calibration\"")
                .contains("class=\"chart chart-histogram\"")
                .contains("class=\"chart chart-sparkline\"")
                .contains("class=\"series series-baseline\"")
                .contains("class=\"threshold\"");
        assertThat(shot.exit()).as(shot.stderr()).isZero();
        assertThat(screenshot).isRegularFile();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private List<String> consoleErrors(String stderr) {
        return stderr.lines()
                .filter(line -> line.contains("CONSOLE") || line.contains("Content Security Policy")
                        || line.contains("Uncaught"))
                .toList();
    }

    private Result chromium(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium")));
        command.addAll(arguments);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
