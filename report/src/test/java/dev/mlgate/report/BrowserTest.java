package dev.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.fixtures.AgingCustomers;
import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.ChurnVersusBaseline;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.StrictChurnGates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * report.html of a rejected run (a broken data contract, drift, quality gates, a baseline comparison,
 * two runs of history) in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs)
 * at the window widths people use: it lays out without horizontal overflow and without console or CSP
 * errors, every kind of chart is there with the axis range its quantity needs, axis titles clear their
 * tick labels, not-passed checks come first, and the status filter shows exactly what it names.
 * Screenshots go to {@code target/screenshots/}. Skipped only when Chromium is absent outside CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

    @TempDir
    static Path temp;

    private Chromium chromium;
    private Path html;

    @BeforeAll
    void render() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY) || System.getenv("CI") != null,
                "chromium is not installed (CI installs it; it is required there)");
        Path dir = temp.resolve("report");
        ReportRun run = ReportRun.of(dir, AgingCustomers.class, GreenCustomers.class, ChurnGates.class,
                ChurnVersusBaseline.class, StrictChurnGates.class)
                .with("mlgate.report.history", temp.resolve("history.jsonl").toString());
        run.runAll();
        run.runAll();
        html = dir.resolve("report.html");
        Files.createDirectories(SCREENSHOTS);
        Files.copy(html, SCREENSHOTS.resolve("rejected-report.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("report.json"), SCREENSHOTS.resolve("rejected-report.json"),
                StandardCopyOption.REPLACE_EXISTING);
        chromium = Chromium.start(Files.createTempDirectory(temp, "profile"));
    }

    @AfterAll
    void close() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 1920})
    void the_page_fits_the_window_without_errors(int width) throws Exception {
        Screenshots.take(chromium, html, width, SCREENSHOTS, "rejected");

        assertThat(chromium.evaluate("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(width);
        assertThat(chromium.evaluate(Probes.OVERFLOWING).toString()).isEqualTo("[]");
        assertThat(chromium.errors()).isEmpty();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 1920})
    void every_kind_of_chart_is_drawn_on_the_range_of_its_quantity(int width) throws Exception {
        chromium.open(html, width, 1000);

        for (String kind : List.of("roc", "pr", "calibration")) {
            JsonNode axes = chromium.evaluate("[...document.querySelectorAll('svg.chart-" + kind + "')].map(s => ["
                    + "s.dataset.xMin, s.dataset.xMax, s.dataset.yMin, s.dataset.yMax,"
                    + "Math.max(...[...s.querySelectorAll('.tick-x')].map(t => +t.textContent)),"
                    + "Math.max(...[...s.querySelectorAll('.tick-y')].map(t => +t.textContent))].join(' '))");
            assertThat(axes.size()).as(kind).isPositive();
            axes.forEach(axis -> assertThat(axis.asText()).as(kind).isEqualTo("0 1 0 1 1 1"));
        }
        JsonNode drift = chromium.evaluate("[...document.querySelectorAll('tr.row')]"
                + ".filter(r => r.querySelector('.meta') && r.querySelector('.meta').textContent.startsWith('drift'))"
                + ".map(r => r.querySelector('svg.chart-gate')).filter(s => s && s.dataset.quantity === 'p-value')"
                + ".map(s => s.dataset.axisMin + ' ' + s.dataset.axisMax + ' ' + s.dataset.scale)");
        assertThat(drift.size()).as("drift rows charting p against alpha").isPositive();
        drift.forEach(axis -> assertThat(axis.asText()).isEqualTo("1.0E-4 1 log"));
        JsonNode auc = chromium.evaluate("[...document.querySelectorAll('svg.chart-gate')]"
                + ".filter(s => s.dataset.quantity === 'roc_auc').map(s => s.dataset.axisMin + ' ' + s.dataset.axisMax)");
        assertThat(auc.size()).isPositive();
        auc.forEach(axis -> assertThat(axis.asText()).isEqualTo("0 1"));
        assertThat(chromium.evaluate("document.querySelectorAll('svg.chart-histogram').length").asInt()).isPositive();
        assertThat(chromium.evaluate("document.querySelectorAll('svg.chart-sparkline').length").asInt()).isPositive();
        assertThat(chromium.evaluate("[...document.querySelectorAll('svg.chart-histogram .tick')]"
                + ".filter(t => /e[-+]?\\d/.test(t.textContent)).length").asInt()).isZero();
        assertThat(chromium.evaluate(Probes.OVERLAPS).toString()).as("axis titles overlapping tick labels").isEqualTo("[]");
        assertThat(chromium.evaluate(Probes.CLIPPED).toString()).as("chart text cut off at the chart's edge").isEqualTo("[]");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 1920})
    void the_first_screen_names_every_blocking_cause_once_data_first(int width) throws Exception {
        chromium.open(html, width, 1000);

        JsonNode causes = chromium.evaluate("[...document.querySelectorAll('#causes li.cause')].map(li => ["
                + "li.querySelector('a').getAttribute('href'), li.classList.contains('cause-data'),"
                + "li.getBoundingClientRect().bottom <= window.innerHeight])");
        JsonNode failed = chromium.evaluate("[...document.querySelectorAll('#check-table tr.e-failed, "
                + "#check-table tr.e-errored')].map(r => '#' + r.id)");
        assertThat(causes.size()).isEqualTo(failed.size()).isEqualTo(2);
        List<String> linked = new ArrayList<>();
        causes.forEach(cause -> linked.add(cause.get(0).asText()));
        List<String> rows = new ArrayList<>();
        failed.forEach(row -> rows.add(row.asText()));
        assertThat(linked).containsExactlyInAnyOrderElementsOf(rows).doesNotHaveDuplicates();
        assertThat(causes.get(0).get(1).asBoolean()).as("the data cause comes first").isTrue();
        assertThat(causes.get(1).get(1).asBoolean()).isFalse();
        causes.forEach(cause -> assertThat(cause.get(2).asBoolean()).as("on the first screen").isTrue());
        assertThat(linked.get(0)).isEqualTo("#suite:dev.mlgate.report.fixtures.AgingCustomers/constraint:age.between");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400})
    void checks_that_did_not_pass_come_first_and_the_filter_shows_what_it_names(int width) throws Exception {
        chromium.open(html, width, 1000);

        List<Integer> ranks = new ArrayList<>();
        chromium.evaluate("[...document.querySelectorAll('#check-table tr.row')].map(r => r.className)")
                .forEach(row -> ranks.add(rank(row.asText())));
        assertThat(ranks).isSorted().first().isEqualTo(1);
        assertThat(ranks).contains(5);

        for (String filter : List.of("failed", "warning", "passed", "problems", "all")) {
            chromium.evaluate("document.querySelector('label[for=show-" + filter + "]').click()");
            JsonNode visible = chromium.evaluate("[...document.querySelectorAll('#check-table tr.row')]"
                    + ".filter(r => r.offsetParent !== null).map(r => r.className)");
            int expected = chromium.evaluate("+document.querySelector('label[for=show-" + filter + "] .n').textContent"
                    + ".replace(/,/g, '')").asInt();
            assertThat(visible.size()).as(filter).isEqualTo(expected).isPositive();
            visible.forEach(row -> assertThat(shownBy(filter, row.asText())).as(filter + ": " + row).isTrue());
            chromium.screenshot(SCREENSHOTS.resolve("rejected-filter-" + filter + ".png"), false);
        }
        assertThat(chromium.errors()).isEmpty();
    }

    private static boolean shownBy(String filter, String row) {
        return switch (filter) {
            case "failed" -> row.contains("e-failed") || row.contains("e-errored");
            case "problems" -> !row.contains(" ok");
            case "all" -> true;
            default -> row.contains("e-" + filter);
        };
    }

    private static int rank(String row) {
        List<String> order = List.of("e-errored", "e-failed", "e-inconclusive", "e-warning", "e-skipped", "e-passed");
        for (int i = 0; i < order.size(); i++) {
            if (row.contains(order.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
