package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @TempDir
    Path temp;

    @Test
    void a_promotion_shows_run_counts_reasons_and_where_the_report_is() throws Exception {
        Fixture fixture = new Fixture(temp).write();
        Files.writeString(temp.resolve("report.html"), "<html></html>");
        GateInput input = fixture.input(new TestClasses(true, GateTest.CHURN, List.of(), true, true),
                SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE);

        List<String> lines = Summary.lines(input, Gate.decide(input));

        assertThat(lines).containsExactly(
                "mlgate: PROMOTE (run 3f1c9a2e-0000-4000-8000-000000000001, started 2026-12-04T23:40:05.123Z,"
                        + " verdict passed)",
                "  checks: 3 passed, 1 failed, 0 errored, 2 warning, 0 inconclusive, 0 skipped",
                "  reasons:",
                "    - All 3 blocking checks passed in a complete run.",
                "  report:  " + temp.resolve("report.html"),
                "  summary: " + temp.resolve("summary.md") + " (not written)");
    }

    @Test
    void a_stale_report_shows_the_problem_and_no_counts_of_another_build() {
        Fixture fixture = new Fixture(temp);
        fixture.startedAt = Fixture.BUILD_START.minusSeconds(60);
        fixture.write();
        GateInput input = fixture.input(new TestClasses(true, GateTest.CHURN, List.of(), true, true),
                SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE);

        List<String> lines = Summary.lines(input, Gate.decide(input));

        assertThat(lines).startsWith(
                "mlgate: STALE REPORT (run 3f1c9a2e-0000-4000-8000-000000000001, started 2026-12-04T23:39:00Z)",
                "  checks: no report.json of this build's run",
                "  report:  " + temp.resolve("report.html") + " (not written)");
    }

    @Test
    void no_report_at_all_shows_the_problem_alone() {
        GateInput input = new Fixture(temp).input(TestClasses.notScanned(), SurefireSetup.defaults("3.2.5"),
                RequiredDecision.PROMOTE);

        assertThat(Summary.lines(input, Gate.decide(input))).first().isEqualTo("mlgate: NO REPORT");
    }
}
