package dev.mlgate.report;

import static dev.mlgate.report.ReportFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.fixtures.AgingCustomers;
import dev.mlgate.report.fixtures.ChurnGates;
import dev.mlgate.report.fixtures.ChurnVersusBaseline;
import dev.mlgate.report.fixtures.GreenCustomers;
import dev.mlgate.report.fixtures.StrictChurnGates;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html shows numbers for people: no more digits than Figures chose, the exact value on hover. */
class HtmlNumbersTest {

    @TempDir
    Path temp;

    @Test
    void no_visible_number_has_more_than_four_significant_digits_and_the_exact_value_is_on_hover() {
        Path dir = temp.resolve("report");
        ReportRun run = ReportRun.of(dir, AgingCustomers.class, GreenCustomers.class, ChurnGates.class,
                ChurnVersusBaseline.class, StrictChurnGates.class)
                .with("mlgate.report.history", temp.resolve("history.jsonl").toString());
        run.runAll();
        run.runAll();
        String html = text(dir.resolve("report.html"));

        assertThat(VisibleNumbers.tooPrecise(html, 4)).isEmpty();
        // the drift row's Kolmogorov-Smirnov D of 1/3 reads 0.3333 and keeps every digit in its hover text
        assertThat(html).contains("<span class=\"num\" title=\"0.3333333333333333\">0.3333</span>");
        assertThat(VisibleNumbers.text(html)).doesNotContain("0.3333333");
    }

    @Test
    void the_detector_itself_finds_raw_doubles_and_java_exponents() {
        assertThat(VisibleNumbers.tooPrecise("<td>0.997880008479966</td><td>p = 2.173131827756394E-4</td>"
                + "<td>341.0</td><td title=\"0.123456789\">0.1235</td><code>1.23456789</code>", 4))
                .containsExactly("0.997880008479966", "2.173131827756394E-4");
    }
}
